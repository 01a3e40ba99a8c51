import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035737_legal_qualifications_as_lists extends Migration {

  override name = 'Migration20261202035737_legal_qualifications_as_lists';

  override up(): void | Promise<void> {
    // People registered before the entity set an empty list got the JSON text "[]" instead of a list.
    this.addSql(`update "job_seeker" set "legal_qualifications" = '[]'::jsonb where jsonb_typeof("legal_qualifications") <> 'array';`);
  }

  override down(): void | Promise<void> {
    // Nothing to undo: an empty list is what these rows meant.
  }

}

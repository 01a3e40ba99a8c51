import { Migration } from '@mikro-orm/migrations';

export class Migration20261202023333_repair_jsonb_strings extends Migration {

  override name = 'Migration20261202023333_repair_jsonb_strings';

  override up(): void | Promise<void> {
    // New job seekers got the JSON string "[]" instead of an empty list (a default given as text);
    // unwrap such strings into the list they spell, and make anything else that is no list empty.
    this.addSql(`update "job_seeker" set "legal_qualifications" = ("legal_qualifications" #>> '{}')::jsonb where jsonb_typeof("legal_qualifications") = 'string' and ("legal_qualifications" #>> '{}') ~ '^\\s*\\[.*\\]\\s*$';`);
    this.addSql(`update "job_seeker" set "legal_qualifications" = '[]'::jsonb where jsonb_typeof("legal_qualifications") <> 'array';`);
  }

  override down(): void | Promise<void> {
    // A repair of stored data: there is nothing to undo.
  }

}

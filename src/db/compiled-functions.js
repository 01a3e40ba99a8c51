export default {
  __version: '7.2.1',
  'hydrator-web_session_10000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_1, app_user_2) {
    // compiled hydrator for entity WebSession ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_1, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_2, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.lastSeenAt === null) {
        entity.lastSeenAt = null;
      } else if (typeof data.lastSeenAt !== 'undefined') {
        if (data.lastSeenAt instanceof Date) {
          entity.lastSeenAt = data.lastSeenAt;
        } else if (typeof data.lastSeenAt === 'number' || data.lastSeenAt.includes('+') || data.lastSeenAt.lastIndexOf('-') > 10 || data.lastSeenAt.endsWith('Z')) {
          entity.lastSeenAt = new Date(data.lastSeenAt);
        } else {
          entity.lastSeenAt = new Date(data.lastSeenAt + 'Z');
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
      if (data.endReason === null) {
        entity.endReason = null;
      } else if (typeof data.endReason !== 'undefined') {
        entity.endReason = data.endReason;
      }
    }
  },
  'hydrator-web_session_10000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_10, app_user_11) {
    // compiled hydrator for entity WebSession ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_10, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_11, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.lastSeenAt === null) {
        entity.lastSeenAt = null;
      } else if (typeof data.lastSeenAt !== 'undefined') {
        if (data.lastSeenAt instanceof Date) {
          entity.lastSeenAt = data.lastSeenAt;
        } else if (typeof data.lastSeenAt === 'number' || data.lastSeenAt.includes('+') || data.lastSeenAt.lastIndexOf('-') > 10 || data.lastSeenAt.endsWith('Z')) {
          entity.lastSeenAt = new Date(data.lastSeenAt);
        } else {
          entity.lastSeenAt = new Date(data.lastSeenAt + 'Z');
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
      if (data.endReason === null) {
        entity.endReason = null;
      } else if (typeof data.endReason !== 'undefined') {
        entity.endReason = data.endReason;
      }
    }
  },
  'comparator-web_session_10000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity WebSession
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.user === null && last.user === undefined) {
        diff.user = current.user;
      } else if (current.user == null && last.user == null) {
    
      } else if ((current.user != null && last.user == null) || (current.user == null && last.user != null)) {
        diff.user = current.user;
      } else if (last.user !== current.user) {
        diff.user = current.user;
      }
    
      if (current.secretHash === null && last.secretHash === undefined) {
        diff.secretHash = current.secretHash;
      } else if (current.secretHash == null && last.secretHash == null) {
    
      } else if ((current.secretHash != null && last.secretHash == null) || (current.secretHash == null && last.secretHash != null)) {
        diff.secretHash = current.secretHash;
      } else if (last.secretHash !== current.secretHash) {
        diff.secretHash = current.secretHash;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.lastSeenAt === null && last.lastSeenAt === undefined) {
        diff.lastSeenAt = current.lastSeenAt;
      } else if (current.lastSeenAt == null && last.lastSeenAt == null) {
    
      } else if ((current.lastSeenAt != null && last.lastSeenAt == null) || (current.lastSeenAt == null && last.lastSeenAt != null)) {
        diff.lastSeenAt = current.lastSeenAt;
      } else if (last.lastSeenAt.valueOf() !== current.lastSeenAt.valueOf()) {
        diff.lastSeenAt = current.lastSeenAt;
      }
    
      if (current.expiresAt === null && last.expiresAt === undefined) {
        diff.expiresAt = current.expiresAt;
      } else if (current.expiresAt == null && last.expiresAt == null) {
    
      } else if ((current.expiresAt != null && last.expiresAt == null) || (current.expiresAt == null && last.expiresAt != null)) {
        diff.expiresAt = current.expiresAt;
      } else if (last.expiresAt.valueOf() !== current.expiresAt.valueOf()) {
        diff.expiresAt = current.expiresAt;
      }
    
      if (current.endedAt === null && last.endedAt === undefined) {
        diff.endedAt = current.endedAt;
      } else if (current.endedAt == null && last.endedAt == null) {
    
      } else if ((current.endedAt != null && last.endedAt == null) || (current.endedAt == null && last.endedAt != null)) {
        diff.endedAt = current.endedAt;
      } else if (last.endedAt.valueOf() !== current.endedAt.valueOf()) {
        diff.endedAt = current.endedAt;
      }
    
      if (current.endReason === null && last.endReason === undefined) {
        diff.endReason = current.endReason;
      } else if (current.endReason == null && last.endReason == null) {
    
      } else if ((current.endReason != null && last.endReason == null) || (current.endReason == null && last.endReason != null)) {
        diff.endReason = current.endReason;
      } else if (last.endReason !== current.endReason) {
        diff.endReason = current.endReason;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-web_session_10000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.user !== 'undefined') {
        if (entity.user === null) {
          ret.user = null;
        } else if (entity.user?.__helper.__identifier && !entity.user.__helper.hasPrimaryKey()) {
          ret.user = entity.user?.__helper.__identifier;
        } else if (typeof entity.user !== 'undefined') {
          ret.user = toArray(entity.user.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.secretHash !== 'undefined') {
        ret.secretHash = entity.secretHash;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.lastSeenAt !== 'undefined') {
        ret.lastSeenAt = clone(processDateProperty(entity.lastSeenAt));
      }
    
      if (typeof entity.expiresAt !== 'undefined') {
        ret.expiresAt = clone(processDateProperty(entity.expiresAt));
      }
    
      if (typeof entity.endedAt !== 'undefined') {
        ret.endedAt = clone(processDateProperty(entity.endedAt));
      }
    
      if (typeof entity.endReason !== 'undefined') {
        ret.endReason = entity.endReason;
      }
    
      return ret;
    }
  },
  'resultMapper-web_session_10000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity WebSession
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.user_id !== 'undefined') {
        ret.user = result.user_id;
        mapped.user_id = true;
      }
      if (typeof result.secret_hash !== 'undefined') {
        ret.secretHash = result.secret_hash;
        mapped.secret_hash = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.last_seen_at !== 'undefined') {
        if (result.last_seen_at == null || result.last_seen_at instanceof Date) {
          ret.lastSeenAt = result.last_seen_at;
        } else if (typeof result.last_seen_at === 'bigint') {
          ret.lastSeenAt = parseDate(Number(result.last_seen_at));
        } else if (typeof result.last_seen_at === 'number' || result.last_seen_at.includes('+') || result.last_seen_at.lastIndexOf('-') > 10 || result.last_seen_at.endsWith('Z')) {
          ret.lastSeenAt = parseDate(result.last_seen_at);
        } else {
          ret.lastSeenAt = parseDate(result.last_seen_at + 'Z');
        }
        mapped.last_seen_at = true;
      }
      if (typeof result.expires_at !== 'undefined') {
        if (result.expires_at == null || result.expires_at instanceof Date) {
          ret.expiresAt = result.expires_at;
        } else if (typeof result.expires_at === 'bigint') {
          ret.expiresAt = parseDate(Number(result.expires_at));
        } else if (typeof result.expires_at === 'number' || result.expires_at.includes('+') || result.expires_at.lastIndexOf('-') > 10 || result.expires_at.endsWith('Z')) {
          ret.expiresAt = parseDate(result.expires_at);
        } else {
          ret.expiresAt = parseDate(result.expires_at + 'Z');
        }
        mapped.expires_at = true;
      }
      if (typeof result.ended_at !== 'undefined') {
        if (result.ended_at == null || result.ended_at instanceof Date) {
          ret.endedAt = result.ended_at;
        } else if (typeof result.ended_at === 'bigint') {
          ret.endedAt = parseDate(Number(result.ended_at));
        } else if (typeof result.ended_at === 'number' || result.ended_at.includes('+') || result.ended_at.lastIndexOf('-') > 10 || result.ended_at.endsWith('Z')) {
          ret.endedAt = parseDate(result.ended_at);
        } else {
          ret.endedAt = parseDate(result.ended_at + 'Z');
        }
        mapped.ended_at = true;
      }
      if (typeof result.end_reason !== 'undefined') {
        ret.endReason = result.end_reason;
        mapped.end_reason = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-web_session_10000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity WebSession ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-web_session_10000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity WebSession ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-web_session_10000': function(isEntityOrRef) {
    // compiled pk getter for entity WebSession
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-web_session_10000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity WebSession
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-web_session_10000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity WebSession
    return function(entity) {
      const val_0 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_0);
    }
  },
  'hydrator-vacancy_11000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_21, organisation_22, convertToJSValue_pay, convertToDatabaseValue_pay, convertToJSValue_requirements, convertToDatabaseValue_requirements, convertToJSValue_legalRequirements, convertToDatabaseValue_legalRequirements, convertToJSValue_dutchLevel, convertToDatabaseValue_dutchLevel, convertToJSValue_behaviours, convertToDatabaseValue_behaviours, convertToJSValue_employerOnlyNotes, convertToDatabaseValue_employerOnlyNotes, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity Vacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_21, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_22, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.occupationCode === null) {
        entity.occupationCode = null;
      } else if (typeof data.occupationCode !== 'undefined') {
        entity.occupationCode = data.occupationCode;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.hoursMin === null) {
        entity.hoursMin = null;
      } else if (typeof data.hoursMin !== 'undefined') {
        entity.hoursMin = data.hoursMin;
      }
      if (data.hoursMax === null) {
        entity.hoursMax = null;
      } else if (typeof data.hoursMax !== 'undefined') {
        entity.hoursMax = data.hoursMax;
      }
      if (data.gradualBuildUp === null) {
        entity.gradualBuildUp = null;
      } else if (typeof data.gradualBuildUp !== 'undefined') {
        entity.gradualBuildUp = !!data.gradualBuildUp;
      }
      if (data.contractType === null) {
        entity.contractType = null;
      } else if (typeof data.contractType !== 'undefined') {
        entity.contractType = data.contractType;
      }
      if (data.permanentProspect === null) {
        entity.permanentProspect = null;
      } else if (typeof data.permanentProspect !== 'undefined') {
        entity.permanentProspect = !!data.permanentProspect;
      }
      if (data.paid === null) {
        entity.paid = null;
      } else if (typeof data.paid !== 'undefined') {
        entity.paid = !!data.paid;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.pay === null) {
        entity.pay = null;
      } else if (typeof data.pay !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_pay(data.pay);
          data.pay = convertToDatabaseValue_pay(value);
          entity.pay = value;
        } else {
          entity.pay = data.pay;
        }
      }
      if (data.requirements === null) {
        entity.requirements = null;
      } else if (typeof data.requirements !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_requirements(data.requirements);
          data.requirements = convertToDatabaseValue_requirements(value);
          entity.requirements = value;
        } else {
          entity.requirements = data.requirements;
        }
      }
      if (data.legalRequirements === null) {
        entity.legalRequirements = null;
      } else if (typeof data.legalRequirements !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_legalRequirements(data.legalRequirements);
          data.legalRequirements = convertToDatabaseValue_legalRequirements(value);
          entity.legalRequirements = value;
        } else {
          entity.legalRequirements = data.legalRequirements;
        }
      }
      if (data.dutchLevel === null) {
        entity.dutchLevel = null;
      } else if (typeof data.dutchLevel !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_dutchLevel(data.dutchLevel);
          data.dutchLevel = convertToDatabaseValue_dutchLevel(value);
          entity.dutchLevel = value;
        } else {
          entity.dutchLevel = data.dutchLevel;
        }
      }
      if (data.behaviours === null) {
        entity.behaviours = null;
      } else if (typeof data.behaviours !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_behaviours(data.behaviours);
          data.behaviours = convertToDatabaseValue_behaviours(value);
          entity.behaviours = value;
        } else {
          entity.behaviours = data.behaviours;
        }
      }
      if (data.mentorAvailable === null) {
        entity.mentorAvailable = null;
      } else if (typeof data.mentorAvailable !== 'undefined') {
        entity.mentorAvailable = !!data.mentorAvailable;
      }
      if (data.positions === null) {
        entity.positions = null;
      } else if (typeof data.positions !== 'undefined') {
        entity.positions = data.positions;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.employerOnlyNotes === null) {
        entity.employerOnlyNotes = null;
      } else if (typeof data.employerOnlyNotes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_employerOnlyNotes(data.employerOnlyNotes);
          data.employerOnlyNotes = convertToDatabaseValue_employerOnlyNotes(value);
          entity.employerOnlyNotes = value;
        } else {
          entity.employerOnlyNotes = data.employerOnlyNotes;
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-vacancy_11000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_49, organisation_50, convertToJSValue_pay, convertToDatabaseValue_pay, convertToJSValue_requirements, convertToDatabaseValue_requirements, convertToJSValue_legalRequirements, convertToDatabaseValue_legalRequirements, convertToJSValue_dutchLevel, convertToDatabaseValue_dutchLevel, convertToJSValue_behaviours, convertToDatabaseValue_behaviours, convertToJSValue_employerOnlyNotes, convertToDatabaseValue_employerOnlyNotes, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity Vacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_49, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_50, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.occupationCode === null) {
        entity.occupationCode = null;
      } else if (typeof data.occupationCode !== 'undefined') {
        entity.occupationCode = data.occupationCode;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.hoursMin === null) {
        entity.hoursMin = null;
      } else if (typeof data.hoursMin !== 'undefined') {
        entity.hoursMin = data.hoursMin;
      }
      if (data.hoursMax === null) {
        entity.hoursMax = null;
      } else if (typeof data.hoursMax !== 'undefined') {
        entity.hoursMax = data.hoursMax;
      }
      if (data.gradualBuildUp === null) {
        entity.gradualBuildUp = null;
      } else if (typeof data.gradualBuildUp !== 'undefined') {
        entity.gradualBuildUp = !!data.gradualBuildUp;
      }
      if (data.contractType === null) {
        entity.contractType = null;
      } else if (typeof data.contractType !== 'undefined') {
        entity.contractType = data.contractType;
      }
      if (data.permanentProspect === null) {
        entity.permanentProspect = null;
      } else if (typeof data.permanentProspect !== 'undefined') {
        entity.permanentProspect = !!data.permanentProspect;
      }
      if (data.paid === null) {
        entity.paid = null;
      } else if (typeof data.paid !== 'undefined') {
        entity.paid = !!data.paid;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.pay === null) {
        entity.pay = null;
      } else if (typeof data.pay !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_pay(data.pay);
          data.pay = convertToDatabaseValue_pay(value);
          entity.pay = value;
        } else {
          entity.pay = data.pay;
        }
      }
      if (data.requirements === null) {
        entity.requirements = null;
      } else if (typeof data.requirements !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_requirements(data.requirements);
          data.requirements = convertToDatabaseValue_requirements(value);
          entity.requirements = value;
        } else {
          entity.requirements = data.requirements;
        }
      }
      if (data.legalRequirements === null) {
        entity.legalRequirements = null;
      } else if (typeof data.legalRequirements !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_legalRequirements(data.legalRequirements);
          data.legalRequirements = convertToDatabaseValue_legalRequirements(value);
          entity.legalRequirements = value;
        } else {
          entity.legalRequirements = data.legalRequirements;
        }
      }
      if (data.dutchLevel === null) {
        entity.dutchLevel = null;
      } else if (typeof data.dutchLevel !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_dutchLevel(data.dutchLevel);
          data.dutchLevel = convertToDatabaseValue_dutchLevel(value);
          entity.dutchLevel = value;
        } else {
          entity.dutchLevel = data.dutchLevel;
        }
      }
      if (data.behaviours === null) {
        entity.behaviours = null;
      } else if (typeof data.behaviours !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_behaviours(data.behaviours);
          data.behaviours = convertToDatabaseValue_behaviours(value);
          entity.behaviours = value;
        } else {
          entity.behaviours = data.behaviours;
        }
      }
      if (data.mentorAvailable === null) {
        entity.mentorAvailable = null;
      } else if (typeof data.mentorAvailable !== 'undefined') {
        entity.mentorAvailable = !!data.mentorAvailable;
      }
      if (data.positions === null) {
        entity.positions = null;
      } else if (typeof data.positions !== 'undefined') {
        entity.positions = data.positions;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.employerOnlyNotes === null) {
        entity.employerOnlyNotes = null;
      } else if (typeof data.employerOnlyNotes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_employerOnlyNotes(data.employerOnlyNotes);
          data.employerOnlyNotes = convertToDatabaseValue_employerOnlyNotes(value);
          entity.employerOnlyNotes = value;
        } else {
          entity.employerOnlyNotes = data.employerOnlyNotes;
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-vacancy_11000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity Vacancy
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.title === null && last.title === undefined) {
        diff.title = current.title;
      } else if (current.title == null && last.title == null) {
    
      } else if ((current.title != null && last.title == null) || (current.title == null && last.title != null)) {
        diff.title = current.title;
      } else if (last.title !== current.title) {
        diff.title = current.title;
      }
    
      if (current.occupationCode === null && last.occupationCode === undefined) {
        diff.occupationCode = current.occupationCode;
      } else if (current.occupationCode == null && last.occupationCode == null) {
    
      } else if ((current.occupationCode != null && last.occupationCode == null) || (current.occupationCode == null && last.occupationCode != null)) {
        diff.occupationCode = current.occupationCode;
      } else if (last.occupationCode !== current.occupationCode) {
        diff.occupationCode = current.occupationCode;
      }
    
      if (current.description === null && last.description === undefined) {
        diff.description = current.description;
      } else if (current.description == null && last.description == null) {
    
      } else if ((current.description != null && last.description == null) || (current.description == null && last.description != null)) {
        diff.description = current.description;
      } else if (!equals(last.description, current.description)) {
        diff.description = current.description;
      }
    
      if (current.postcode === null && last.postcode === undefined) {
        diff.postcode = current.postcode;
      } else if (current.postcode == null && last.postcode == null) {
    
      } else if ((current.postcode != null && last.postcode == null) || (current.postcode == null && last.postcode != null)) {
        diff.postcode = current.postcode;
      } else if (last.postcode !== current.postcode) {
        diff.postcode = current.postcode;
      }
    
      if (current.postcodeFull === null && last.postcodeFull === undefined) {
        diff.postcodeFull = current.postcodeFull;
      } else if (current.postcodeFull == null && last.postcodeFull == null) {
    
      } else if ((current.postcodeFull != null && last.postcodeFull == null) || (current.postcodeFull == null && last.postcodeFull != null)) {
        diff.postcodeFull = current.postcodeFull;
      } else if (last.postcodeFull !== current.postcodeFull) {
        diff.postcodeFull = current.postcodeFull;
      }
    
      if (current.hoursMin === null && last.hoursMin === undefined) {
        diff.hoursMin = current.hoursMin;
      } else if (current.hoursMin == null && last.hoursMin == null) {
    
      } else if ((current.hoursMin != null && last.hoursMin == null) || (current.hoursMin == null && last.hoursMin != null)) {
        diff.hoursMin = current.hoursMin;
      } else if (!equals(last.hoursMin, current.hoursMin)) {
        diff.hoursMin = current.hoursMin;
      }
    
      if (current.hoursMax === null && last.hoursMax === undefined) {
        diff.hoursMax = current.hoursMax;
      } else if (current.hoursMax == null && last.hoursMax == null) {
    
      } else if ((current.hoursMax != null && last.hoursMax == null) || (current.hoursMax == null && last.hoursMax != null)) {
        diff.hoursMax = current.hoursMax;
      } else if (!equals(last.hoursMax, current.hoursMax)) {
        diff.hoursMax = current.hoursMax;
      }
    
      if (current.gradualBuildUp === null && last.gradualBuildUp === undefined) {
        diff.gradualBuildUp = current.gradualBuildUp;
      } else if (current.gradualBuildUp == null && last.gradualBuildUp == null) {
    
      } else if ((current.gradualBuildUp != null && last.gradualBuildUp == null) || (current.gradualBuildUp == null && last.gradualBuildUp != null)) {
        diff.gradualBuildUp = current.gradualBuildUp;
      } else if (!compareBooleans(last.gradualBuildUp, current.gradualBuildUp)) {
        diff.gradualBuildUp = current.gradualBuildUp;
      }
    
      if (current.contractType === null && last.contractType === undefined) {
        diff.contractType = current.contractType;
      } else if (current.contractType == null && last.contractType == null) {
    
      } else if ((current.contractType != null && last.contractType == null) || (current.contractType == null && last.contractType != null)) {
        diff.contractType = current.contractType;
      } else if (last.contractType !== current.contractType) {
        diff.contractType = current.contractType;
      }
    
      if (current.permanentProspect === null && last.permanentProspect === undefined) {
        diff.permanentProspect = current.permanentProspect;
      } else if (current.permanentProspect == null && last.permanentProspect == null) {
    
      } else if ((current.permanentProspect != null && last.permanentProspect == null) || (current.permanentProspect == null && last.permanentProspect != null)) {
        diff.permanentProspect = current.permanentProspect;
      } else if (!compareBooleans(last.permanentProspect, current.permanentProspect)) {
        diff.permanentProspect = current.permanentProspect;
      }
    
      if (current.paid === null && last.paid === undefined) {
        diff.paid = current.paid;
      } else if (current.paid == null && last.paid == null) {
    
      } else if ((current.paid != null && last.paid == null) || (current.paid == null && last.paid != null)) {
        diff.paid = current.paid;
      } else if (!compareBooleans(last.paid, current.paid)) {
        diff.paid = current.paid;
      }
    
      if (current.underCao === null && last.underCao === undefined) {
        diff.underCao = current.underCao;
      } else if (current.underCao == null && last.underCao == null) {
    
      } else if ((current.underCao != null && last.underCao == null) || (current.underCao == null && last.underCao != null)) {
        diff.underCao = current.underCao;
      } else if (!compareBooleans(last.underCao, current.underCao)) {
        diff.underCao = current.underCao;
      }
    
      if (current.pay === null && last.pay === undefined) {
        diff.pay = current.pay;
      } else if (current.pay == null && last.pay == null) {
    
      } else if ((current.pay != null && last.pay == null) || (current.pay == null && last.pay != null)) {
        diff.pay = current.pay;
      } else if (!equals(last.pay, current.pay)) {
        diff.pay = current.pay;
      }
    
      if (current.requirements === null && last.requirements === undefined) {
        diff.requirements = current.requirements;
      } else if (current.requirements == null && last.requirements == null) {
    
      } else if ((current.requirements != null && last.requirements == null) || (current.requirements == null && last.requirements != null)) {
        diff.requirements = current.requirements;
      } else if (!equals(last.requirements, current.requirements)) {
        diff.requirements = current.requirements;
      }
    
      if (current.legalRequirements === null && last.legalRequirements === undefined) {
        diff.legalRequirements = current.legalRequirements;
      } else if (current.legalRequirements == null && last.legalRequirements == null) {
    
      } else if ((current.legalRequirements != null && last.legalRequirements == null) || (current.legalRequirements == null && last.legalRequirements != null)) {
        diff.legalRequirements = current.legalRequirements;
      } else if (!equals(last.legalRequirements, current.legalRequirements)) {
        diff.legalRequirements = current.legalRequirements;
      }
    
      if (current.dutchLevel === null && last.dutchLevel === undefined) {
        diff.dutchLevel = current.dutchLevel;
      } else if (current.dutchLevel == null && last.dutchLevel == null) {
    
      } else if ((current.dutchLevel != null && last.dutchLevel == null) || (current.dutchLevel == null && last.dutchLevel != null)) {
        diff.dutchLevel = current.dutchLevel;
      } else if (!equals(last.dutchLevel, current.dutchLevel)) {
        diff.dutchLevel = current.dutchLevel;
      }
    
      if (current.behaviours === null && last.behaviours === undefined) {
        diff.behaviours = current.behaviours;
      } else if (current.behaviours == null && last.behaviours == null) {
    
      } else if ((current.behaviours != null && last.behaviours == null) || (current.behaviours == null && last.behaviours != null)) {
        diff.behaviours = current.behaviours;
      } else if (!equals(last.behaviours, current.behaviours)) {
        diff.behaviours = current.behaviours;
      }
    
      if (current.mentorAvailable === null && last.mentorAvailable === undefined) {
        diff.mentorAvailable = current.mentorAvailable;
      } else if (current.mentorAvailable == null && last.mentorAvailable == null) {
    
      } else if ((current.mentorAvailable != null && last.mentorAvailable == null) || (current.mentorAvailable == null && last.mentorAvailable != null)) {
        diff.mentorAvailable = current.mentorAvailable;
      } else if (!compareBooleans(last.mentorAvailable, current.mentorAvailable)) {
        diff.mentorAvailable = current.mentorAvailable;
      }
    
      if (current.positions === null && last.positions === undefined) {
        diff.positions = current.positions;
      } else if (current.positions == null && last.positions == null) {
    
      } else if ((current.positions != null && last.positions == null) || (current.positions == null && last.positions != null)) {
        diff.positions = current.positions;
      } else if (!equals(last.positions, current.positions)) {
        diff.positions = current.positions;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.employerOnlyNotes === null && last.employerOnlyNotes === undefined) {
        diff.employerOnlyNotes = current.employerOnlyNotes;
      } else if (current.employerOnlyNotes == null && last.employerOnlyNotes == null) {
    
      } else if ((current.employerOnlyNotes != null && last.employerOnlyNotes == null) || (current.employerOnlyNotes == null && last.employerOnlyNotes != null)) {
        diff.employerOnlyNotes = current.employerOnlyNotes;
      } else if (!equals(last.employerOnlyNotes, current.employerOnlyNotes)) {
        diff.employerOnlyNotes = current.employerOnlyNotes;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-vacancy_11000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_pay, convertToDatabaseValue_requirements, convertToDatabaseValue_legalRequirements, convertToDatabaseValue_dutchLevel, convertToDatabaseValue_behaviours, convertToDatabaseValue_employerOnlyNotes, convertToDatabaseValue_createdByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.title !== 'undefined') {
        ret.title = entity.title;
      }
    
      if (typeof entity.occupationCode !== 'undefined') {
        ret.occupationCode = entity.occupationCode;
      }
    
      if (typeof entity.description !== 'undefined') {
        ret.description = clone(entity.description);
      }
    
      if (typeof entity.postcode !== 'undefined') {
        ret.postcode = entity.postcode;
      }
    
      if (typeof entity.postcodeFull !== 'undefined') {
        ret.postcodeFull = entity.postcodeFull;
      }
    
      if (typeof entity.hoursMin !== 'undefined') {
        ret.hoursMin = clone(entity.hoursMin);
      }
    
      if (typeof entity.hoursMax !== 'undefined') {
        ret.hoursMax = clone(entity.hoursMax);
      }
    
      if (typeof entity.gradualBuildUp !== 'undefined') {
        ret.gradualBuildUp = entity.gradualBuildUp;
      }
    
      if (typeof entity.contractType !== 'undefined') {
        ret.contractType = entity.contractType;
      }
    
      if (typeof entity.permanentProspect !== 'undefined') {
        ret.permanentProspect = entity.permanentProspect;
      }
    
      if (typeof entity.paid !== 'undefined') {
        ret.paid = entity.paid;
      }
    
      if (typeof entity.underCao !== 'undefined') {
        ret.underCao = entity.underCao;
      }
    
      if (typeof entity.pay !== 'undefined') {
        ret.pay = clone(convertToDatabaseValue_pay(entity.pay));
      }
    
      if (typeof entity.requirements !== 'undefined') {
        ret.requirements = clone(convertToDatabaseValue_requirements(entity.requirements));
      }
    
      if (typeof entity.legalRequirements !== 'undefined') {
        ret.legalRequirements = clone(convertToDatabaseValue_legalRequirements(entity.legalRequirements));
      }
    
      if (typeof entity.dutchLevel !== 'undefined') {
        ret.dutchLevel = clone(convertToDatabaseValue_dutchLevel(entity.dutchLevel));
      }
    
      if (typeof entity.behaviours !== 'undefined') {
        ret.behaviours = clone(convertToDatabaseValue_behaviours(entity.behaviours));
      }
    
      if (typeof entity.mentorAvailable !== 'undefined') {
        ret.mentorAvailable = entity.mentorAvailable;
      }
    
      if (typeof entity.positions !== 'undefined') {
        ret.positions = clone(entity.positions);
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.employerOnlyNotes !== 'undefined') {
        ret.employerOnlyNotes = clone(convertToDatabaseValue_employerOnlyNotes(entity.employerOnlyNotes));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-vacancy_11000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity Vacancy
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.title !== 'undefined') {
        ret.title = result.title;
        mapped.title = true;
      }
      if (typeof result.occupation_code !== 'undefined') {
        ret.occupationCode = result.occupation_code;
        mapped.occupation_code = true;
      }
      if (typeof result.description !== 'undefined') {
        ret.description = result.description;
        mapped.description = true;
      }
      if (typeof result.postcode !== 'undefined') {
        ret.postcode = result.postcode;
        mapped.postcode = true;
      }
      if (typeof result.postcode_full !== 'undefined') {
        ret.postcodeFull = result.postcode_full;
        mapped.postcode_full = true;
      }
      if (typeof result.hours_min !== 'undefined') {
        ret.hoursMin = result.hours_min;
        mapped.hours_min = true;
      }
      if (typeof result.hours_max !== 'undefined') {
        ret.hoursMax = result.hours_max;
        mapped.hours_max = true;
      }
      if (typeof result.gradual_build_up !== 'undefined') {
        ret.gradualBuildUp = result.gradual_build_up == null ? result.gradual_build_up : !!result.gradual_build_up;
        mapped.gradual_build_up = true;
      }
      if (typeof result.contract_type !== 'undefined') {
        ret.contractType = result.contract_type;
        mapped.contract_type = true;
      }
      if (typeof result.permanent_prospect !== 'undefined') {
        ret.permanentProspect = result.permanent_prospect == null ? result.permanent_prospect : !!result.permanent_prospect;
        mapped.permanent_prospect = true;
      }
      if (typeof result.paid !== 'undefined') {
        ret.paid = result.paid == null ? result.paid : !!result.paid;
        mapped.paid = true;
      }
      if (typeof result.under_cao !== 'undefined') {
        ret.underCao = result.under_cao == null ? result.under_cao : !!result.under_cao;
        mapped.under_cao = true;
      }
      if (typeof result.pay !== 'undefined') {
        ret.pay = result.pay;
        mapped.pay = true;
      }
      if (typeof result.requirements !== 'undefined') {
        ret.requirements = result.requirements;
        mapped.requirements = true;
      }
      if (typeof result.legal_requirements !== 'undefined') {
        ret.legalRequirements = result.legal_requirements;
        mapped.legal_requirements = true;
      }
      if (typeof result.dutch_level !== 'undefined') {
        ret.dutchLevel = result.dutch_level;
        mapped.dutch_level = true;
      }
      if (typeof result.behaviours !== 'undefined') {
        ret.behaviours = result.behaviours;
        mapped.behaviours = true;
      }
      if (typeof result.mentor_available !== 'undefined') {
        ret.mentorAvailable = result.mentor_available == null ? result.mentor_available : !!result.mentor_available;
        mapped.mentor_available = true;
      }
      if (typeof result.positions !== 'undefined') {
        ret.positions = result.positions;
        mapped.positions = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.employer_only_notes !== 'undefined') {
        ret.employerOnlyNotes = result.employer_only_notes;
        mapped.employer_only_notes = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-vacancy_11000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Vacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-vacancy_11000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Vacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-vacancy_11000': function(isEntityOrRef) {
    // compiled pk getter for entity Vacancy
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-vacancy_11000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity Vacancy
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-vacancy_11000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity Vacancy
    return function(entity) {
      const val_1 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_1);
    }
  },
  'hydrator-app_user_1000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_79, organisation_80, job_seeker_85, job_seeker_86) {
    // compiled hydrator for entity User ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_79, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_80, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.displayName === null) {
        entity.displayName = null;
      } else if (typeof data.displayName !== 'undefined') {
        entity.displayName = data.displayName;
      }
      if (data.email === null) {
        entity.email = null;
      } else if (typeof data.email !== 'undefined') {
        entity.email = data.email;
      }
      if (data.role === null) {
        entity.role = null;
      } else if (typeof data.role !== 'undefined') {
        entity.role = data.role;
      }
      if (data.active === null) {
        entity.active = null;
      } else if (typeof data.active !== 'undefined') {
        entity.active = !!data.active;
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_85, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_86, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-app_user_1000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_91, organisation_92, job_seeker_97, job_seeker_98) {
    // compiled hydrator for entity User ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_91, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_92, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.displayName === null) {
        entity.displayName = null;
      } else if (typeof data.displayName !== 'undefined') {
        entity.displayName = data.displayName;
      }
      if (data.email === null) {
        entity.email = null;
      } else if (typeof data.email !== 'undefined') {
        entity.email = data.email;
      }
      if (data.role === null) {
        entity.role = null;
      } else if (typeof data.role !== 'undefined') {
        entity.role = data.role;
      }
      if (data.active === null) {
        entity.active = null;
      } else if (typeof data.active !== 'undefined') {
        entity.active = !!data.active;
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_97, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_98, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-app_user_1000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity User
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.organisation === null && last.organisation === undefined) {
        diff.organisation = current.organisation;
      } else if (current.organisation == null && last.organisation == null) {
    
      } else if ((current.organisation != null && last.organisation == null) || (current.organisation == null && last.organisation != null)) {
        diff.organisation = current.organisation;
      } else if (last.organisation !== current.organisation) {
        diff.organisation = current.organisation;
      }
    
      if (current.displayName === null && last.displayName === undefined) {
        diff.displayName = current.displayName;
      } else if (current.displayName == null && last.displayName == null) {
    
      } else if ((current.displayName != null && last.displayName == null) || (current.displayName == null && last.displayName != null)) {
        diff.displayName = current.displayName;
      } else if (last.displayName !== current.displayName) {
        diff.displayName = current.displayName;
      }
    
      if (current.email === null && last.email === undefined) {
        diff.email = current.email;
      } else if (current.email == null && last.email == null) {
    
      } else if ((current.email != null && last.email == null) || (current.email == null && last.email != null)) {
        diff.email = current.email;
      } else if (last.email !== current.email) {
        diff.email = current.email;
      }
    
      if (current.role === null && last.role === undefined) {
        diff.role = current.role;
      } else if (current.role == null && last.role == null) {
    
      } else if ((current.role != null && last.role == null) || (current.role == null && last.role != null)) {
        diff.role = current.role;
      } else if (last.role !== current.role) {
        diff.role = current.role;
      }
    
      if (current.active === null && last.active === undefined) {
        diff.active = current.active;
      } else if (current.active == null && last.active == null) {
    
      } else if ((current.active != null && last.active == null) || (current.active == null && last.active != null)) {
        diff.active = current.active;
      } else if (!compareBooleans(last.active, current.active)) {
        diff.active = current.active;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-app_user_1000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.organisation !== 'undefined') {
        if (entity.organisation === null) {
          ret.organisation = null;
        } else if (entity.organisation?.__helper.__identifier && !entity.organisation.__helper.hasPrimaryKey()) {
          ret.organisation = entity.organisation?.__helper.__identifier;
        } else if (typeof entity.organisation !== 'undefined') {
          ret.organisation = toArray(entity.organisation.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.displayName !== 'undefined') {
        ret.displayName = entity.displayName;
      }
    
      if (typeof entity.email !== 'undefined') {
        ret.email = entity.email;
      }
    
      if (typeof entity.role !== 'undefined') {
        ret.role = entity.role;
      }
    
      if (typeof entity.active !== 'undefined') {
        ret.active = entity.active;
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-app_user_1000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity User
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.organisation_id !== 'undefined') {
        ret.organisation = result.organisation_id;
        mapped.organisation_id = true;
      }
      if (typeof result.display_name !== 'undefined') {
        ret.displayName = result.display_name;
        mapped.display_name = true;
      }
      if (typeof result.email !== 'undefined') {
        ret.email = result.email;
        mapped.email = true;
      }
      if (typeof result.role !== 'undefined') {
        ret.role = result.role;
        mapped.role = true;
      }
      if (typeof result.active !== 'undefined') {
        ret.active = result.active == null ? result.active : !!result.active;
        mapped.active = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-app_user_1000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity User ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-app_user_1000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity User ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-app_user_1000': function(isEntityOrRef) {
    // compiled pk getter for entity User
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-app_user_1000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity User
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-app_user_1000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity User
    return function(entity) {
      const val_2 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_2);
    }
  },
  'hydrator-trajectory_provider_profile_46000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_105, organisation_106, organisation_107, organisation_108) {
    // compiled hydrator for entity TrajectoryProviderProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_105, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_106, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.platform === null) {
        entity.platform = null;
      } else if (typeof data.platform !== 'undefined') {
        if (isPrimaryKey(data.platform, true)) {
          entity.platform = factory.createReference(organisation_107, data.platform, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.platform && typeof data.platform === 'object') {
          entity.platform = factory.create(organisation_108, data.platform, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-trajectory_provider_profile_46000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_113, organisation_114, organisation_115, organisation_116) {
    // compiled hydrator for entity TrajectoryProviderProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_113, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_114, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.platform === null) {
        entity.platform = null;
      } else if (typeof data.platform !== 'undefined') {
        if (isPrimaryKey(data.platform, true)) {
          entity.platform = factory.createReference(organisation_115, data.platform, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.platform && typeof data.platform === 'object') {
          entity.platform = factory.create(organisation_116, data.platform, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-trajectory_provider_profile_46000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity TrajectoryProviderProfile
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.organisation === null && last.organisation === undefined) {
        diff.organisation = current.organisation;
      } else if (current.organisation == null && last.organisation == null) {
    
      } else if ((current.organisation != null && last.organisation == null) || (current.organisation == null && last.organisation != null)) {
        diff.organisation = current.organisation;
      } else if (last.organisation !== current.organisation) {
        diff.organisation = current.organisation;
      }
    
      if (current.platform === null && last.platform === undefined) {
        diff.platform = current.platform;
      } else if (current.platform == null && last.platform == null) {
    
      } else if ((current.platform != null && last.platform == null) || (current.platform == null && last.platform != null)) {
        diff.platform = current.platform;
      } else if (last.platform !== current.platform) {
        diff.platform = current.platform;
      }
    
      if (current.description === null && last.description === undefined) {
        diff.description = current.description;
      } else if (current.description == null && last.description == null) {
    
      } else if ((current.description != null && last.description == null) || (current.description == null && last.description != null)) {
        diff.description = current.description;
      } else if (!equals(last.description, current.description)) {
        diff.description = current.description;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-trajectory_provider_profile_46000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.organisation !== 'undefined') {
        if (entity.organisation === null) {
          ret.organisation = null;
        } else if (entity.organisation?.__helper.__identifier && !entity.organisation.__helper.hasPrimaryKey()) {
          ret.organisation = entity.organisation?.__helper.__identifier;
        } else if (typeof entity.organisation !== 'undefined') {
          ret.organisation = toArray(entity.organisation.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.platform !== 'undefined') {
        if (entity.platform === null) {
          ret.platform = null;
        } else if (entity.platform?.__helper.__identifier && !entity.platform.__helper.hasPrimaryKey()) {
          ret.platform = entity.platform?.__helper.__identifier;
        } else if (typeof entity.platform !== 'undefined') {
          ret.platform = toArray(entity.platform.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.description !== 'undefined') {
        ret.description = clone(entity.description);
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-trajectory_provider_profile_46000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity TrajectoryProviderProfile
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.organisation_id !== 'undefined') {
        ret.organisation = result.organisation_id;
        mapped.organisation_id = true;
      }
      if (typeof result.platform_id !== 'undefined') {
        ret.platform = result.platform_id;
        mapped.platform_id = true;
      }
      if (typeof result.description !== 'undefined') {
        ret.description = result.description;
        mapped.description = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-trajectory_provider_profile_46000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryProviderProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-trajectory_provider_profile_46000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryProviderProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-trajectory_provider_profile_46000': function(isEntityOrRef) {
    // compiled pk getter for entity TrajectoryProviderProfile
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-trajectory_provider_profile_46000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity TrajectoryProviderProfile
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-trajectory_provider_profile_46000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity TrajectoryProviderProfile
    return function(entity) {
      const val_3 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_3);
    }
  },
  'hydrator-trajectory_progress_entry_44000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, trajectory_placement_123, trajectory_placement_124, convertToJSValue_observations, convertToDatabaseValue_observations, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity TrajectoryProgressEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(trajectory_placement_123, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(trajectory_placement_124, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.type === null) {
        entity.type = null;
      } else if (typeof data.type !== 'undefined') {
        entity.type = data.type;
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.observations === null) {
        entity.observations = null;
      } else if (typeof data.observations !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_observations(data.observations);
          data.observations = convertToDatabaseValue_observations(value);
          entity.observations = value;
        } else {
          entity.observations = data.observations;
        }
      }
      if (data.attendance === null) {
        entity.attendance = null;
      } else if (typeof data.attendance !== 'undefined') {
        entity.attendance = data.attendance;
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
    }
  },
  'hydrator-trajectory_progress_entry_44000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, trajectory_placement_132, trajectory_placement_133, convertToJSValue_observations, convertToDatabaseValue_observations, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity TrajectoryProgressEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(trajectory_placement_132, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(trajectory_placement_133, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.type === null) {
        entity.type = null;
      } else if (typeof data.type !== 'undefined') {
        entity.type = data.type;
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.observations === null) {
        entity.observations = null;
      } else if (typeof data.observations !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_observations(data.observations);
          data.observations = convertToDatabaseValue_observations(value);
          entity.observations = value;
        } else {
          entity.observations = data.observations;
        }
      }
      if (data.attendance === null) {
        entity.attendance = null;
      } else if (typeof data.attendance !== 'undefined') {
        entity.attendance = data.attendance;
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
    }
  },
  'comparator-trajectory_progress_entry_44000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity TrajectoryProgressEntry
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.type === null && last.type === undefined) {
        diff.type = current.type;
      } else if (current.type == null && last.type == null) {
    
      } else if ((current.type != null && last.type == null) || (current.type == null && last.type != null)) {
        diff.type = current.type;
      } else if (last.type !== current.type) {
        diff.type = current.type;
      }
    
      if (current.note === null && last.note === undefined) {
        diff.note = current.note;
      } else if (current.note == null && last.note == null) {
    
      } else if ((current.note != null && last.note == null) || (current.note == null && last.note != null)) {
        diff.note = current.note;
      } else if (!equals(last.note, current.note)) {
        diff.note = current.note;
      }
    
      if (current.observations === null && last.observations === undefined) {
        diff.observations = current.observations;
      } else if (current.observations == null && last.observations == null) {
    
      } else if ((current.observations != null && last.observations == null) || (current.observations == null && last.observations != null)) {
        diff.observations = current.observations;
      } else if (!equals(last.observations, current.observations)) {
        diff.observations = current.observations;
      }
    
      if (current.attendance === null && last.attendance === undefined) {
        diff.attendance = current.attendance;
      } else if (current.attendance == null && last.attendance == null) {
    
      } else if ((current.attendance != null && last.attendance == null) || (current.attendance == null && last.attendance != null)) {
        diff.attendance = current.attendance;
      } else if (last.attendance !== current.attendance) {
        diff.attendance = current.attendance;
      }
    
      if (current.recordedAt === null && last.recordedAt === undefined) {
        diff.recordedAt = current.recordedAt;
      } else if (current.recordedAt == null && last.recordedAt == null) {
    
      } else if ((current.recordedAt != null && last.recordedAt == null) || (current.recordedAt == null && last.recordedAt != null)) {
        diff.recordedAt = current.recordedAt;
      } else if (last.recordedAt.valueOf() !== current.recordedAt.valueOf()) {
        diff.recordedAt = current.recordedAt;
      }
    
      if (current.recordedByUserId === null && last.recordedByUserId === undefined) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (current.recordedByUserId == null && last.recordedByUserId == null) {
    
      } else if ((current.recordedByUserId != null && last.recordedByUserId == null) || (current.recordedByUserId == null && last.recordedByUserId != null)) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (last.recordedByUserId !== current.recordedByUserId) {
        diff.recordedByUserId = current.recordedByUserId;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-trajectory_progress_entry_44000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_observations, processDateProperty, convertToDatabaseValue_recordedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.type !== 'undefined') {
        ret.type = entity.type;
      }
    
      if (typeof entity.note !== 'undefined') {
        ret.note = clone(entity.note);
      }
    
      if (typeof entity.observations !== 'undefined') {
        ret.observations = clone(convertToDatabaseValue_observations(entity.observations));
      }
    
      if (typeof entity.attendance !== 'undefined') {
        ret.attendance = entity.attendance;
      }
    
      if (typeof entity.recordedAt !== 'undefined') {
        ret.recordedAt = clone(processDateProperty(entity.recordedAt));
      }
    
      if (typeof entity.recordedByUserId !== 'undefined') {
        ret.recordedByUserId = convertToDatabaseValue_recordedByUserId(entity.recordedByUserId);
      }
    
      return ret;
    }
  },
  'resultMapper-trajectory_progress_entry_44000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity TrajectoryProgressEntry
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.type !== 'undefined') {
        ret.type = result.type;
        mapped.type = true;
      }
      if (typeof result.note !== 'undefined') {
        ret.note = result.note;
        mapped.note = true;
      }
      if (typeof result.observations !== 'undefined') {
        ret.observations = result.observations;
        mapped.observations = true;
      }
      if (typeof result.attendance !== 'undefined') {
        ret.attendance = result.attendance;
        mapped.attendance = true;
      }
      if (typeof result.recorded_at !== 'undefined') {
        if (result.recorded_at == null || result.recorded_at instanceof Date) {
          ret.recordedAt = result.recorded_at;
        } else if (typeof result.recorded_at === 'bigint') {
          ret.recordedAt = parseDate(Number(result.recorded_at));
        } else if (typeof result.recorded_at === 'number' || result.recorded_at.includes('+') || result.recorded_at.lastIndexOf('-') > 10 || result.recorded_at.endsWith('Z')) {
          ret.recordedAt = parseDate(result.recorded_at);
        } else {
          ret.recordedAt = parseDate(result.recorded_at + 'Z');
        }
        mapped.recorded_at = true;
      }
      if (typeof result.recorded_by_user_id !== 'undefined') {
        ret.recordedByUserId = result.recorded_by_user_id;
        mapped.recorded_by_user_id = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-trajectory_progress_entry_44000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryProgressEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-trajectory_progress_entry_44000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryProgressEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-trajectory_progress_entry_44000': function(isEntityOrRef) {
    // compiled pk getter for entity TrajectoryProgressEntry
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-trajectory_progress_entry_44000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity TrajectoryProgressEntry
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-trajectory_progress_entry_44000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity TrajectoryProgressEntry
    return function(entity) {
      const val_4 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_4);
    }
  },
  'hydrator-trajectory_placement_43000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, trajectory_offering_143, trajectory_offering_144, organisation_145, organisation_146, job_seeker_147, job_seeker_148, convertToJSValue_proposedByUserId, convertToDatabaseValue_proposedByUserId, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId) {
    // compiled hydrator for entity TrajectoryPlacement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.offering === null) {
        entity.offering = null;
      } else if (typeof data.offering !== 'undefined') {
        if (isPrimaryKey(data.offering, true)) {
          entity.offering = factory.createReference(trajectory_offering_143, data.offering, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.offering && typeof data.offering === 'object') {
          entity.offering = factory.create(trajectory_offering_144, data.offering, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.provider === null) {
        entity.provider = null;
      } else if (typeof data.provider !== 'undefined') {
        if (isPrimaryKey(data.provider, true)) {
          entity.provider = factory.createReference(organisation_145, data.provider, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.provider && typeof data.provider === 'object') {
          entity.provider = factory.create(organisation_146, data.provider, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_147, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_148, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.handoverNote === null) {
        entity.handoverNote = null;
      } else if (typeof data.handoverNote !== 'undefined') {
        entity.handoverNote = data.handoverNote;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.segmentAtProposal === null) {
        entity.segmentAtProposal = null;
      } else if (typeof data.segmentAtProposal !== 'undefined') {
        entity.segmentAtProposal = data.segmentAtProposal;
      }
      if (data.overrideJustification === null) {
        entity.overrideJustification = null;
      } else if (typeof data.overrideJustification !== 'undefined') {
        entity.overrideJustification = data.overrideJustification;
      }
      if (data.proposedByUserId === null) {
        entity.proposedByUserId = null;
      } else if (typeof data.proposedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_proposedByUserId(data.proposedByUserId);
          entity.proposedByUserId = value;
        } else {
          entity.proposedByUserId = data.proposedByUserId;
        }
      }
      if (data.proposedAt === null) {
        entity.proposedAt = null;
      } else if (typeof data.proposedAt !== 'undefined') {
        if (data.proposedAt instanceof Date) {
          entity.proposedAt = data.proposedAt;
        } else if (typeof data.proposedAt === 'number' || data.proposedAt.includes('+') || data.proposedAt.lastIndexOf('-') > 10 || data.proposedAt.endsWith('Z')) {
          entity.proposedAt = new Date(data.proposedAt);
        } else {
          entity.proposedAt = new Date(data.proposedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.declineReason === null) {
        entity.declineReason = null;
      } else if (typeof data.declineReason !== 'undefined') {
        entity.declineReason = data.declineReason;
      }
      if (data.withdrawReason === null) {
        entity.withdrawReason = null;
      } else if (typeof data.withdrawReason !== 'undefined') {
        entity.withdrawReason = data.withdrawReason;
      }
      if (data.startDate === null) {
        entity.startDate = null;
      } else if (typeof data.startDate !== 'undefined') {
        entity.startDate = data.startDate;
      }
      if (data.actualStartDate === null) {
        entity.actualStartDate = null;
      } else if (typeof data.actualStartDate !== 'undefined') {
        entity.actualStartDate = data.actualStartDate;
      }
      if (data.attendance === null) {
        entity.attendance = null;
      } else if (typeof data.attendance !== 'undefined') {
        entity.attendance = data.attendance;
      }
      if (data.finishedOn === null) {
        entity.finishedOn = null;
      } else if (typeof data.finishedOn !== 'undefined') {
        entity.finishedOn = data.finishedOn;
      }
      if (data.finishReason === null) {
        entity.finishReason = null;
      } else if (typeof data.finishReason !== 'undefined') {
        entity.finishReason = data.finishReason;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-trajectory_placement_43000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, trajectory_offering_169, trajectory_offering_170, organisation_171, organisation_172, job_seeker_173, job_seeker_174, convertToJSValue_proposedByUserId, convertToDatabaseValue_proposedByUserId, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId) {
    // compiled hydrator for entity TrajectoryPlacement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.offering === null) {
        entity.offering = null;
      } else if (typeof data.offering !== 'undefined') {
        if (isPrimaryKey(data.offering, true)) {
          entity.offering = factory.createReference(trajectory_offering_169, data.offering, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.offering && typeof data.offering === 'object') {
          entity.offering = factory.create(trajectory_offering_170, data.offering, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.provider === null) {
        entity.provider = null;
      } else if (typeof data.provider !== 'undefined') {
        if (isPrimaryKey(data.provider, true)) {
          entity.provider = factory.createReference(organisation_171, data.provider, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.provider && typeof data.provider === 'object') {
          entity.provider = factory.create(organisation_172, data.provider, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_173, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_174, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.handoverNote === null) {
        entity.handoverNote = null;
      } else if (typeof data.handoverNote !== 'undefined') {
        entity.handoverNote = data.handoverNote;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.segmentAtProposal === null) {
        entity.segmentAtProposal = null;
      } else if (typeof data.segmentAtProposal !== 'undefined') {
        entity.segmentAtProposal = data.segmentAtProposal;
      }
      if (data.overrideJustification === null) {
        entity.overrideJustification = null;
      } else if (typeof data.overrideJustification !== 'undefined') {
        entity.overrideJustification = data.overrideJustification;
      }
      if (data.proposedByUserId === null) {
        entity.proposedByUserId = null;
      } else if (typeof data.proposedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_proposedByUserId(data.proposedByUserId);
          entity.proposedByUserId = value;
        } else {
          entity.proposedByUserId = data.proposedByUserId;
        }
      }
      if (data.proposedAt === null) {
        entity.proposedAt = null;
      } else if (typeof data.proposedAt !== 'undefined') {
        if (data.proposedAt instanceof Date) {
          entity.proposedAt = data.proposedAt;
        } else if (typeof data.proposedAt === 'number' || data.proposedAt.includes('+') || data.proposedAt.lastIndexOf('-') > 10 || data.proposedAt.endsWith('Z')) {
          entity.proposedAt = new Date(data.proposedAt);
        } else {
          entity.proposedAt = new Date(data.proposedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.declineReason === null) {
        entity.declineReason = null;
      } else if (typeof data.declineReason !== 'undefined') {
        entity.declineReason = data.declineReason;
      }
      if (data.withdrawReason === null) {
        entity.withdrawReason = null;
      } else if (typeof data.withdrawReason !== 'undefined') {
        entity.withdrawReason = data.withdrawReason;
      }
      if (data.startDate === null) {
        entity.startDate = null;
      } else if (typeof data.startDate !== 'undefined') {
        entity.startDate = data.startDate;
      }
      if (data.actualStartDate === null) {
        entity.actualStartDate = null;
      } else if (typeof data.actualStartDate !== 'undefined') {
        entity.actualStartDate = data.actualStartDate;
      }
      if (data.attendance === null) {
        entity.attendance = null;
      } else if (typeof data.attendance !== 'undefined') {
        entity.attendance = data.attendance;
      }
      if (data.finishedOn === null) {
        entity.finishedOn = null;
      } else if (typeof data.finishedOn !== 'undefined') {
        entity.finishedOn = data.finishedOn;
      }
      if (data.finishReason === null) {
        entity.finishReason = null;
      } else if (typeof data.finishReason !== 'undefined') {
        entity.finishReason = data.finishReason;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-trajectory_placement_43000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity TrajectoryPlacement
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.offering === null && last.offering === undefined) {
        diff.offering = current.offering;
      } else if (current.offering == null && last.offering == null) {
    
      } else if ((current.offering != null && last.offering == null) || (current.offering == null && last.offering != null)) {
        diff.offering = current.offering;
      } else if (last.offering !== current.offering) {
        diff.offering = current.offering;
      }
    
      if (current.provider === null && last.provider === undefined) {
        diff.provider = current.provider;
      } else if (current.provider == null && last.provider == null) {
    
      } else if ((current.provider != null && last.provider == null) || (current.provider == null && last.provider != null)) {
        diff.provider = current.provider;
      } else if (last.provider !== current.provider) {
        diff.provider = current.provider;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.handoverNote === null && last.handoverNote === undefined) {
        diff.handoverNote = current.handoverNote;
      } else if (current.handoverNote == null && last.handoverNote == null) {
    
      } else if ((current.handoverNote != null && last.handoverNote == null) || (current.handoverNote == null && last.handoverNote != null)) {
        diff.handoverNote = current.handoverNote;
      } else if (!equals(last.handoverNote, current.handoverNote)) {
        diff.handoverNote = current.handoverNote;
      }
    
      if (current.contactRoute === null && last.contactRoute === undefined) {
        diff.contactRoute = current.contactRoute;
      } else if (current.contactRoute == null && last.contactRoute == null) {
    
      } else if ((current.contactRoute != null && last.contactRoute == null) || (current.contactRoute == null && last.contactRoute != null)) {
        diff.contactRoute = current.contactRoute;
      } else if (last.contactRoute !== current.contactRoute) {
        diff.contactRoute = current.contactRoute;
      }
    
      if (current.segmentAtProposal === null && last.segmentAtProposal === undefined) {
        diff.segmentAtProposal = current.segmentAtProposal;
      } else if (current.segmentAtProposal == null && last.segmentAtProposal == null) {
    
      } else if ((current.segmentAtProposal != null && last.segmentAtProposal == null) || (current.segmentAtProposal == null && last.segmentAtProposal != null)) {
        diff.segmentAtProposal = current.segmentAtProposal;
      } else if (last.segmentAtProposal !== current.segmentAtProposal) {
        diff.segmentAtProposal = current.segmentAtProposal;
      }
    
      if (current.overrideJustification === null && last.overrideJustification === undefined) {
        diff.overrideJustification = current.overrideJustification;
      } else if (current.overrideJustification == null && last.overrideJustification == null) {
    
      } else if ((current.overrideJustification != null && last.overrideJustification == null) || (current.overrideJustification == null && last.overrideJustification != null)) {
        diff.overrideJustification = current.overrideJustification;
      } else if (!equals(last.overrideJustification, current.overrideJustification)) {
        diff.overrideJustification = current.overrideJustification;
      }
    
      if (current.proposedByUserId === null && last.proposedByUserId === undefined) {
        diff.proposedByUserId = current.proposedByUserId;
      } else if (current.proposedByUserId == null && last.proposedByUserId == null) {
    
      } else if ((current.proposedByUserId != null && last.proposedByUserId == null) || (current.proposedByUserId == null && last.proposedByUserId != null)) {
        diff.proposedByUserId = current.proposedByUserId;
      } else if (last.proposedByUserId !== current.proposedByUserId) {
        diff.proposedByUserId = current.proposedByUserId;
      }
    
      if (current.proposedAt === null && last.proposedAt === undefined) {
        diff.proposedAt = current.proposedAt;
      } else if (current.proposedAt == null && last.proposedAt == null) {
    
      } else if ((current.proposedAt != null && last.proposedAt == null) || (current.proposedAt == null && last.proposedAt != null)) {
        diff.proposedAt = current.proposedAt;
      } else if (last.proposedAt.valueOf() !== current.proposedAt.valueOf()) {
        diff.proposedAt = current.proposedAt;
      }
    
      if (current.decidedByUserId === null && last.decidedByUserId === undefined) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (current.decidedByUserId == null && last.decidedByUserId == null) {
    
      } else if ((current.decidedByUserId != null && last.decidedByUserId == null) || (current.decidedByUserId == null && last.decidedByUserId != null)) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (last.decidedByUserId !== current.decidedByUserId) {
        diff.decidedByUserId = current.decidedByUserId;
      }
    
      if (current.decidedAt === null && last.decidedAt === undefined) {
        diff.decidedAt = current.decidedAt;
      } else if (current.decidedAt == null && last.decidedAt == null) {
    
      } else if ((current.decidedAt != null && last.decidedAt == null) || (current.decidedAt == null && last.decidedAt != null)) {
        diff.decidedAt = current.decidedAt;
      } else if (last.decidedAt.valueOf() !== current.decidedAt.valueOf()) {
        diff.decidedAt = current.decidedAt;
      }
    
      if (current.declineReason === null && last.declineReason === undefined) {
        diff.declineReason = current.declineReason;
      } else if (current.declineReason == null && last.declineReason == null) {
    
      } else if ((current.declineReason != null && last.declineReason == null) || (current.declineReason == null && last.declineReason != null)) {
        diff.declineReason = current.declineReason;
      } else if (!equals(last.declineReason, current.declineReason)) {
        diff.declineReason = current.declineReason;
      }
    
      if (current.withdrawReason === null && last.withdrawReason === undefined) {
        diff.withdrawReason = current.withdrawReason;
      } else if (current.withdrawReason == null && last.withdrawReason == null) {
    
      } else if ((current.withdrawReason != null && last.withdrawReason == null) || (current.withdrawReason == null && last.withdrawReason != null)) {
        diff.withdrawReason = current.withdrawReason;
      } else if (!equals(last.withdrawReason, current.withdrawReason)) {
        diff.withdrawReason = current.withdrawReason;
      }
    
      if (current.startDate === null && last.startDate === undefined) {
        diff.startDate = current.startDate;
      } else if (current.startDate == null && last.startDate == null) {
    
      } else if ((current.startDate != null && last.startDate == null) || (current.startDate == null && last.startDate != null)) {
        diff.startDate = current.startDate;
      } else if (last.startDate !== current.startDate) {
        diff.startDate = current.startDate;
      }
    
      if (current.actualStartDate === null && last.actualStartDate === undefined) {
        diff.actualStartDate = current.actualStartDate;
      } else if (current.actualStartDate == null && last.actualStartDate == null) {
    
      } else if ((current.actualStartDate != null && last.actualStartDate == null) || (current.actualStartDate == null && last.actualStartDate != null)) {
        diff.actualStartDate = current.actualStartDate;
      } else if (last.actualStartDate !== current.actualStartDate) {
        diff.actualStartDate = current.actualStartDate;
      }
    
      if (current.attendance === null && last.attendance === undefined) {
        diff.attendance = current.attendance;
      } else if (current.attendance == null && last.attendance == null) {
    
      } else if ((current.attendance != null && last.attendance == null) || (current.attendance == null && last.attendance != null)) {
        diff.attendance = current.attendance;
      } else if (last.attendance !== current.attendance) {
        diff.attendance = current.attendance;
      }
    
      if (current.finishedOn === null && last.finishedOn === undefined) {
        diff.finishedOn = current.finishedOn;
      } else if (current.finishedOn == null && last.finishedOn == null) {
    
      } else if ((current.finishedOn != null && last.finishedOn == null) || (current.finishedOn == null && last.finishedOn != null)) {
        diff.finishedOn = current.finishedOn;
      } else if (last.finishedOn !== current.finishedOn) {
        diff.finishedOn = current.finishedOn;
      }
    
      if (current.finishReason === null && last.finishReason === undefined) {
        diff.finishReason = current.finishReason;
      } else if (current.finishReason == null && last.finishReason == null) {
    
      } else if ((current.finishReason != null && last.finishReason == null) || (current.finishReason == null && last.finishReason != null)) {
        diff.finishReason = current.finishReason;
      } else if (!equals(last.finishReason, current.finishReason)) {
        diff.finishReason = current.finishReason;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-trajectory_placement_43000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_proposedByUserId, processDateProperty, convertToDatabaseValue_decidedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.offering !== 'undefined') {
        if (entity.offering === null) {
          ret.offering = null;
        } else if (entity.offering?.__helper.__identifier && !entity.offering.__helper.hasPrimaryKey()) {
          ret.offering = entity.offering?.__helper.__identifier;
        } else if (typeof entity.offering !== 'undefined') {
          ret.offering = toArray(entity.offering.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.provider !== 'undefined') {
        if (entity.provider === null) {
          ret.provider = null;
        } else if (entity.provider?.__helper.__identifier && !entity.provider.__helper.hasPrimaryKey()) {
          ret.provider = entity.provider?.__helper.__identifier;
        } else if (typeof entity.provider !== 'undefined') {
          ret.provider = toArray(entity.provider.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.handoverNote !== 'undefined') {
        ret.handoverNote = clone(entity.handoverNote);
      }
    
      if (typeof entity.contactRoute !== 'undefined') {
        ret.contactRoute = entity.contactRoute;
      }
    
      if (typeof entity.segmentAtProposal !== 'undefined') {
        ret.segmentAtProposal = entity.segmentAtProposal;
      }
    
      if (typeof entity.overrideJustification !== 'undefined') {
        ret.overrideJustification = clone(entity.overrideJustification);
      }
    
      if (typeof entity.proposedByUserId !== 'undefined') {
        ret.proposedByUserId = convertToDatabaseValue_proposedByUserId(entity.proposedByUserId);
      }
    
      if (typeof entity.proposedAt !== 'undefined') {
        ret.proposedAt = clone(processDateProperty(entity.proposedAt));
      }
    
      if (typeof entity.decidedByUserId !== 'undefined') {
        ret.decidedByUserId = convertToDatabaseValue_decidedByUserId(entity.decidedByUserId);
      }
    
      if (typeof entity.decidedAt !== 'undefined') {
        ret.decidedAt = clone(processDateProperty(entity.decidedAt));
      }
    
      if (typeof entity.declineReason !== 'undefined') {
        ret.declineReason = clone(entity.declineReason);
      }
    
      if (typeof entity.withdrawReason !== 'undefined') {
        ret.withdrawReason = clone(entity.withdrawReason);
      }
    
      if (typeof entity.startDate !== 'undefined') {
        ret.startDate = entity.startDate;
      }
    
      if (typeof entity.actualStartDate !== 'undefined') {
        ret.actualStartDate = entity.actualStartDate;
      }
    
      if (typeof entity.attendance !== 'undefined') {
        ret.attendance = entity.attendance;
      }
    
      if (typeof entity.finishedOn !== 'undefined') {
        ret.finishedOn = entity.finishedOn;
      }
    
      if (typeof entity.finishReason !== 'undefined') {
        ret.finishReason = clone(entity.finishReason);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-trajectory_placement_43000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity TrajectoryPlacement
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.offering_id !== 'undefined') {
        ret.offering = result.offering_id;
        mapped.offering_id = true;
      }
      if (typeof result.provider_id !== 'undefined') {
        ret.provider = result.provider_id;
        mapped.provider_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.handover_note !== 'undefined') {
        ret.handoverNote = result.handover_note;
        mapped.handover_note = true;
      }
      if (typeof result.contact_route !== 'undefined') {
        ret.contactRoute = result.contact_route;
        mapped.contact_route = true;
      }
      if (typeof result.segment_at_proposal !== 'undefined') {
        ret.segmentAtProposal = result.segment_at_proposal;
        mapped.segment_at_proposal = true;
      }
      if (typeof result.override_justification !== 'undefined') {
        ret.overrideJustification = result.override_justification;
        mapped.override_justification = true;
      }
      if (typeof result.proposed_by_user_id !== 'undefined') {
        ret.proposedByUserId = result.proposed_by_user_id;
        mapped.proposed_by_user_id = true;
      }
      if (typeof result.proposed_at !== 'undefined') {
        if (result.proposed_at == null || result.proposed_at instanceof Date) {
          ret.proposedAt = result.proposed_at;
        } else if (typeof result.proposed_at === 'bigint') {
          ret.proposedAt = parseDate(Number(result.proposed_at));
        } else if (typeof result.proposed_at === 'number' || result.proposed_at.includes('+') || result.proposed_at.lastIndexOf('-') > 10 || result.proposed_at.endsWith('Z')) {
          ret.proposedAt = parseDate(result.proposed_at);
        } else {
          ret.proposedAt = parseDate(result.proposed_at + 'Z');
        }
        mapped.proposed_at = true;
      }
      if (typeof result.decided_by_user_id !== 'undefined') {
        ret.decidedByUserId = result.decided_by_user_id;
        mapped.decided_by_user_id = true;
      }
      if (typeof result.decided_at !== 'undefined') {
        if (result.decided_at == null || result.decided_at instanceof Date) {
          ret.decidedAt = result.decided_at;
        } else if (typeof result.decided_at === 'bigint') {
          ret.decidedAt = parseDate(Number(result.decided_at));
        } else if (typeof result.decided_at === 'number' || result.decided_at.includes('+') || result.decided_at.lastIndexOf('-') > 10 || result.decided_at.endsWith('Z')) {
          ret.decidedAt = parseDate(result.decided_at);
        } else {
          ret.decidedAt = parseDate(result.decided_at + 'Z');
        }
        mapped.decided_at = true;
      }
      if (typeof result.decline_reason !== 'undefined') {
        ret.declineReason = result.decline_reason;
        mapped.decline_reason = true;
      }
      if (typeof result.withdraw_reason !== 'undefined') {
        ret.withdrawReason = result.withdraw_reason;
        mapped.withdraw_reason = true;
      }
      if (typeof result.start_date !== 'undefined') {
        ret.startDate = result.start_date;
        mapped.start_date = true;
      }
      if (typeof result.actual_start_date !== 'undefined') {
        ret.actualStartDate = result.actual_start_date;
        mapped.actual_start_date = true;
      }
      if (typeof result.attendance !== 'undefined') {
        ret.attendance = result.attendance;
        mapped.attendance = true;
      }
      if (typeof result.finished_on !== 'undefined') {
        ret.finishedOn = result.finished_on;
        mapped.finished_on = true;
      }
      if (typeof result.finish_reason !== 'undefined') {
        ret.finishReason = result.finish_reason;
        mapped.finish_reason = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-trajectory_placement_43000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryPlacement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-trajectory_placement_43000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryPlacement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-trajectory_placement_43000': function(isEntityOrRef) {
    // compiled pk getter for entity TrajectoryPlacement
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-trajectory_placement_43000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity TrajectoryPlacement
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-trajectory_placement_43000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity TrajectoryPlacement
    return function(entity) {
      const val_5 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_5);
    }
  },
  'hydrator-trajectory_offering_42000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_197, organisation_198, convertToJSValue_competenceCodes, convertToDatabaseValue_competenceCodes, convertToJSValue_startDates, convertToDatabaseValue_startDates, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity TrajectoryOffering ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.provider === null) {
        entity.provider = null;
      } else if (typeof data.provider !== 'undefined') {
        if (isPrimaryKey(data.provider, true)) {
          entity.provider = factory.createReference(organisation_197, data.provider, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.provider && typeof data.provider === 'object') {
          entity.provider = factory.create(organisation_198, data.provider, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.competenceCodes === null) {
        entity.competenceCodes = null;
      } else if (typeof data.competenceCodes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_competenceCodes(data.competenceCodes);
          data.competenceCodes = convertToDatabaseValue_competenceCodes(value);
          entity.competenceCodes = value;
        } else {
          entity.competenceCodes = data.competenceCodes;
        }
      }
      if (data.hoursPerWeek === null) {
        entity.hoursPerWeek = null;
      } else if (typeof data.hoursPerWeek !== 'undefined') {
        entity.hoursPerWeek = data.hoursPerWeek;
      }
      if (data.durationWeeks === null) {
        entity.durationWeeks = null;
      } else if (typeof data.durationWeeks !== 'undefined') {
        entity.durationWeeks = data.durationWeeks;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.continuousIntake === null) {
        entity.continuousIntake = null;
      } else if (typeof data.continuousIntake !== 'undefined') {
        entity.continuousIntake = !!data.continuousIntake;
      }
      if (data.startDates === null) {
        entity.startDates = null;
      } else if (typeof data.startDates !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_startDates(data.startDates);
          data.startDates = convertToDatabaseValue_startDates(value);
          entity.startDates = value;
        } else {
          entity.startDates = data.startDates;
        }
      }
      if (data.capacityPerStart === null) {
        entity.capacityPerStart = null;
      } else if (typeof data.capacityPerStart !== 'undefined') {
        entity.capacityPerStart = data.capacityPerStart;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-trajectory_offering_42000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_216, organisation_217, convertToJSValue_competenceCodes, convertToDatabaseValue_competenceCodes, convertToJSValue_startDates, convertToDatabaseValue_startDates, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity TrajectoryOffering ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.provider === null) {
        entity.provider = null;
      } else if (typeof data.provider !== 'undefined') {
        if (isPrimaryKey(data.provider, true)) {
          entity.provider = factory.createReference(organisation_216, data.provider, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.provider && typeof data.provider === 'object') {
          entity.provider = factory.create(organisation_217, data.provider, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.competenceCodes === null) {
        entity.competenceCodes = null;
      } else if (typeof data.competenceCodes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_competenceCodes(data.competenceCodes);
          data.competenceCodes = convertToDatabaseValue_competenceCodes(value);
          entity.competenceCodes = value;
        } else {
          entity.competenceCodes = data.competenceCodes;
        }
      }
      if (data.hoursPerWeek === null) {
        entity.hoursPerWeek = null;
      } else if (typeof data.hoursPerWeek !== 'undefined') {
        entity.hoursPerWeek = data.hoursPerWeek;
      }
      if (data.durationWeeks === null) {
        entity.durationWeeks = null;
      } else if (typeof data.durationWeeks !== 'undefined') {
        entity.durationWeeks = data.durationWeeks;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.continuousIntake === null) {
        entity.continuousIntake = null;
      } else if (typeof data.continuousIntake !== 'undefined') {
        entity.continuousIntake = !!data.continuousIntake;
      }
      if (data.startDates === null) {
        entity.startDates = null;
      } else if (typeof data.startDates !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_startDates(data.startDates);
          data.startDates = convertToDatabaseValue_startDates(value);
          entity.startDates = value;
        } else {
          entity.startDates = data.startDates;
        }
      }
      if (data.capacityPerStart === null) {
        entity.capacityPerStart = null;
      } else if (typeof data.capacityPerStart !== 'undefined') {
        entity.capacityPerStart = data.capacityPerStart;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-trajectory_offering_42000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity TrajectoryOffering
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.provider === null && last.provider === undefined) {
        diff.provider = current.provider;
      } else if (current.provider == null && last.provider == null) {
    
      } else if ((current.provider != null && last.provider == null) || (current.provider == null && last.provider != null)) {
        diff.provider = current.provider;
      } else if (last.provider !== current.provider) {
        diff.provider = current.provider;
      }
    
      if (current.kind === null && last.kind === undefined) {
        diff.kind = current.kind;
      } else if (current.kind == null && last.kind == null) {
    
      } else if ((current.kind != null && last.kind == null) || (current.kind == null && last.kind != null)) {
        diff.kind = current.kind;
      } else if (last.kind !== current.kind) {
        diff.kind = current.kind;
      }
    
      if (current.title === null && last.title === undefined) {
        diff.title = current.title;
      } else if (current.title == null && last.title == null) {
    
      } else if ((current.title != null && last.title == null) || (current.title == null && last.title != null)) {
        diff.title = current.title;
      } else if (last.title !== current.title) {
        diff.title = current.title;
      }
    
      if (current.description === null && last.description === undefined) {
        diff.description = current.description;
      } else if (current.description == null && last.description == null) {
    
      } else if ((current.description != null && last.description == null) || (current.description == null && last.description != null)) {
        diff.description = current.description;
      } else if (!equals(last.description, current.description)) {
        diff.description = current.description;
      }
    
      if (current.competenceCodes === null && last.competenceCodes === undefined) {
        diff.competenceCodes = current.competenceCodes;
      } else if (current.competenceCodes == null && last.competenceCodes == null) {
    
      } else if ((current.competenceCodes != null && last.competenceCodes == null) || (current.competenceCodes == null && last.competenceCodes != null)) {
        diff.competenceCodes = current.competenceCodes;
      } else if (!equals(last.competenceCodes, current.competenceCodes)) {
        diff.competenceCodes = current.competenceCodes;
      }
    
      if (current.hoursPerWeek === null && last.hoursPerWeek === undefined) {
        diff.hoursPerWeek = current.hoursPerWeek;
      } else if (current.hoursPerWeek == null && last.hoursPerWeek == null) {
    
      } else if ((current.hoursPerWeek != null && last.hoursPerWeek == null) || (current.hoursPerWeek == null && last.hoursPerWeek != null)) {
        diff.hoursPerWeek = current.hoursPerWeek;
      } else if (!equals(last.hoursPerWeek, current.hoursPerWeek)) {
        diff.hoursPerWeek = current.hoursPerWeek;
      }
    
      if (current.durationWeeks === null && last.durationWeeks === undefined) {
        diff.durationWeeks = current.durationWeeks;
      } else if (current.durationWeeks == null && last.durationWeeks == null) {
    
      } else if ((current.durationWeeks != null && last.durationWeeks == null) || (current.durationWeeks == null && last.durationWeeks != null)) {
        diff.durationWeeks = current.durationWeeks;
      } else if (!equals(last.durationWeeks, current.durationWeeks)) {
        diff.durationWeeks = current.durationWeeks;
      }
    
      if (current.postcode === null && last.postcode === undefined) {
        diff.postcode = current.postcode;
      } else if (current.postcode == null && last.postcode == null) {
    
      } else if ((current.postcode != null && last.postcode == null) || (current.postcode == null && last.postcode != null)) {
        diff.postcode = current.postcode;
      } else if (last.postcode !== current.postcode) {
        diff.postcode = current.postcode;
      }
    
      if (current.postcodeFull === null && last.postcodeFull === undefined) {
        diff.postcodeFull = current.postcodeFull;
      } else if (current.postcodeFull == null && last.postcodeFull == null) {
    
      } else if ((current.postcodeFull != null && last.postcodeFull == null) || (current.postcodeFull == null && last.postcodeFull != null)) {
        diff.postcodeFull = current.postcodeFull;
      } else if (last.postcodeFull !== current.postcodeFull) {
        diff.postcodeFull = current.postcodeFull;
      }
    
      if (current.continuousIntake === null && last.continuousIntake === undefined) {
        diff.continuousIntake = current.continuousIntake;
      } else if (current.continuousIntake == null && last.continuousIntake == null) {
    
      } else if ((current.continuousIntake != null && last.continuousIntake == null) || (current.continuousIntake == null && last.continuousIntake != null)) {
        diff.continuousIntake = current.continuousIntake;
      } else if (!compareBooleans(last.continuousIntake, current.continuousIntake)) {
        diff.continuousIntake = current.continuousIntake;
      }
    
      if (current.startDates === null && last.startDates === undefined) {
        diff.startDates = current.startDates;
      } else if (current.startDates == null && last.startDates == null) {
    
      } else if ((current.startDates != null && last.startDates == null) || (current.startDates == null && last.startDates != null)) {
        diff.startDates = current.startDates;
      } else if (!equals(last.startDates, current.startDates)) {
        diff.startDates = current.startDates;
      }
    
      if (current.capacityPerStart === null && last.capacityPerStart === undefined) {
        diff.capacityPerStart = current.capacityPerStart;
      } else if (current.capacityPerStart == null && last.capacityPerStart == null) {
    
      } else if ((current.capacityPerStart != null && last.capacityPerStart == null) || (current.capacityPerStart == null && last.capacityPerStart != null)) {
        diff.capacityPerStart = current.capacityPerStart;
      } else if (!equals(last.capacityPerStart, current.capacityPerStart)) {
        diff.capacityPerStart = current.capacityPerStart;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-trajectory_offering_42000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_competenceCodes, convertToDatabaseValue_startDates, convertToDatabaseValue_createdByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.provider !== 'undefined') {
        if (entity.provider === null) {
          ret.provider = null;
        } else if (entity.provider?.__helper.__identifier && !entity.provider.__helper.hasPrimaryKey()) {
          ret.provider = entity.provider?.__helper.__identifier;
        } else if (typeof entity.provider !== 'undefined') {
          ret.provider = toArray(entity.provider.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.kind !== 'undefined') {
        ret.kind = entity.kind;
      }
    
      if (typeof entity.title !== 'undefined') {
        ret.title = entity.title;
      }
    
      if (typeof entity.description !== 'undefined') {
        ret.description = clone(entity.description);
      }
    
      if (typeof entity.competenceCodes !== 'undefined') {
        ret.competenceCodes = clone(convertToDatabaseValue_competenceCodes(entity.competenceCodes));
      }
    
      if (typeof entity.hoursPerWeek !== 'undefined') {
        ret.hoursPerWeek = clone(entity.hoursPerWeek);
      }
    
      if (typeof entity.durationWeeks !== 'undefined') {
        ret.durationWeeks = clone(entity.durationWeeks);
      }
    
      if (typeof entity.postcode !== 'undefined') {
        ret.postcode = entity.postcode;
      }
    
      if (typeof entity.postcodeFull !== 'undefined') {
        ret.postcodeFull = entity.postcodeFull;
      }
    
      if (typeof entity.continuousIntake !== 'undefined') {
        ret.continuousIntake = entity.continuousIntake;
      }
    
      if (typeof entity.startDates !== 'undefined') {
        ret.startDates = clone(convertToDatabaseValue_startDates(entity.startDates));
      }
    
      if (typeof entity.capacityPerStart !== 'undefined') {
        ret.capacityPerStart = clone(entity.capacityPerStart);
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-trajectory_offering_42000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity TrajectoryOffering
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.provider_id !== 'undefined') {
        ret.provider = result.provider_id;
        mapped.provider_id = true;
      }
      if (typeof result.kind !== 'undefined') {
        ret.kind = result.kind;
        mapped.kind = true;
      }
      if (typeof result.title !== 'undefined') {
        ret.title = result.title;
        mapped.title = true;
      }
      if (typeof result.description !== 'undefined') {
        ret.description = result.description;
        mapped.description = true;
      }
      if (typeof result.competence_codes !== 'undefined') {
        ret.competenceCodes = result.competence_codes;
        mapped.competence_codes = true;
      }
      if (typeof result.hours_per_week !== 'undefined') {
        ret.hoursPerWeek = result.hours_per_week;
        mapped.hours_per_week = true;
      }
      if (typeof result.duration_weeks !== 'undefined') {
        ret.durationWeeks = result.duration_weeks;
        mapped.duration_weeks = true;
      }
      if (typeof result.postcode !== 'undefined') {
        ret.postcode = result.postcode;
        mapped.postcode = true;
      }
      if (typeof result.postcode_full !== 'undefined') {
        ret.postcodeFull = result.postcode_full;
        mapped.postcode_full = true;
      }
      if (typeof result.continuous_intake !== 'undefined') {
        ret.continuousIntake = result.continuous_intake == null ? result.continuous_intake : !!result.continuous_intake;
        mapped.continuous_intake = true;
      }
      if (typeof result.start_dates !== 'undefined') {
        ret.startDates = result.start_dates;
        mapped.start_dates = true;
      }
      if (typeof result.capacity_per_start !== 'undefined') {
        ret.capacityPerStart = result.capacity_per_start;
        mapped.capacity_per_start = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-trajectory_offering_42000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryOffering ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-trajectory_offering_42000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TrajectoryOffering ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-trajectory_offering_42000': function(isEntityOrRef) {
    // compiled pk getter for entity TrajectoryOffering
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-trajectory_offering_42000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity TrajectoryOffering
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-trajectory_offering_42000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity TrajectoryOffering
    return function(entity) {
      const val_6 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_6);
    }
  },
  'hydrator-talent_profile_5000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_237, job_seeker_238, assessment_239, assessment_240, convertToJSValue_profile, convertToDatabaseValue_profile, convertToJSValue_supportNeeds, convertToDatabaseValue_supportNeeds, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity TalentProfileRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_237, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_238, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.assessment === null) {
        entity.assessment = null;
      } else if (typeof data.assessment !== 'undefined') {
        if (isPrimaryKey(data.assessment, true)) {
          entity.assessment = factory.createReference(assessment_239, data.assessment, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.assessment && typeof data.assessment === 'object') {
          entity.assessment = factory.create(assessment_240, data.assessment, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.profileNumber === null) {
        entity.profileNumber = null;
      } else if (typeof data.profileNumber !== 'undefined') {
        entity.profileNumber = data.profileNumber;
      }
      if (data.instrumentVersion === null) {
        entity.instrumentVersion = null;
      } else if (typeof data.instrumentVersion !== 'undefined') {
        entity.instrumentVersion = data.instrumentVersion;
      }
      if (data.profile === null) {
        entity.profile = null;
      } else if (typeof data.profile !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_profile(data.profile);
          data.profile = convertToDatabaseValue_profile(value);
          entity.profile = value;
        } else {
          entity.profile = data.profile;
        }
      }
      if (data.supportNeeds === null) {
        entity.supportNeeds = null;
      } else if (typeof data.supportNeeds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_supportNeeds(data.supportNeeds);
          data.supportNeeds = convertToDatabaseValue_supportNeeds(value);
          entity.supportNeeds = value;
        } else {
          entity.supportNeeds = data.supportNeeds;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
    }
  },
  'hydrator-talent_profile_5000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_248, job_seeker_249, assessment_250, assessment_251, convertToJSValue_profile, convertToDatabaseValue_profile, convertToJSValue_supportNeeds, convertToDatabaseValue_supportNeeds, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity TalentProfileRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_248, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_249, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.assessment === null) {
        entity.assessment = null;
      } else if (typeof data.assessment !== 'undefined') {
        if (isPrimaryKey(data.assessment, true)) {
          entity.assessment = factory.createReference(assessment_250, data.assessment, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.assessment && typeof data.assessment === 'object') {
          entity.assessment = factory.create(assessment_251, data.assessment, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.profileNumber === null) {
        entity.profileNumber = null;
      } else if (typeof data.profileNumber !== 'undefined') {
        entity.profileNumber = data.profileNumber;
      }
      if (data.instrumentVersion === null) {
        entity.instrumentVersion = null;
      } else if (typeof data.instrumentVersion !== 'undefined') {
        entity.instrumentVersion = data.instrumentVersion;
      }
      if (data.profile === null) {
        entity.profile = null;
      } else if (typeof data.profile !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_profile(data.profile);
          data.profile = convertToDatabaseValue_profile(value);
          entity.profile = value;
        } else {
          entity.profile = data.profile;
        }
      }
      if (data.supportNeeds === null) {
        entity.supportNeeds = null;
      } else if (typeof data.supportNeeds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_supportNeeds(data.supportNeeds);
          data.supportNeeds = convertToDatabaseValue_supportNeeds(value);
          entity.supportNeeds = value;
        } else {
          entity.supportNeeds = data.supportNeeds;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
    }
  },
  'comparator-talent_profile_5000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity TalentProfileRecord
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.assessment === null && last.assessment === undefined) {
        diff.assessment = current.assessment;
      } else if (current.assessment == null && last.assessment == null) {
    
      } else if ((current.assessment != null && last.assessment == null) || (current.assessment == null && last.assessment != null)) {
        diff.assessment = current.assessment;
      } else if (last.assessment !== current.assessment) {
        diff.assessment = current.assessment;
      }
    
      if (current.profileNumber === null && last.profileNumber === undefined) {
        diff.profileNumber = current.profileNumber;
      } else if (current.profileNumber == null && last.profileNumber == null) {
    
      } else if ((current.profileNumber != null && last.profileNumber == null) || (current.profileNumber == null && last.profileNumber != null)) {
        diff.profileNumber = current.profileNumber;
      } else if (!equals(last.profileNumber, current.profileNumber)) {
        diff.profileNumber = current.profileNumber;
      }
    
      if (current.instrumentVersion === null && last.instrumentVersion === undefined) {
        diff.instrumentVersion = current.instrumentVersion;
      } else if (current.instrumentVersion == null && last.instrumentVersion == null) {
    
      } else if ((current.instrumentVersion != null && last.instrumentVersion == null) || (current.instrumentVersion == null && last.instrumentVersion != null)) {
        diff.instrumentVersion = current.instrumentVersion;
      } else if (!equals(last.instrumentVersion, current.instrumentVersion)) {
        diff.instrumentVersion = current.instrumentVersion;
      }
    
      if (current.profile === null && last.profile === undefined) {
        diff.profile = current.profile;
      } else if (current.profile == null && last.profile == null) {
    
      } else if ((current.profile != null && last.profile == null) || (current.profile == null && last.profile != null)) {
        diff.profile = current.profile;
      } else if (!equals(last.profile, current.profile)) {
        diff.profile = current.profile;
      }
    
      if (current.supportNeeds === null && last.supportNeeds === undefined) {
        diff.supportNeeds = current.supportNeeds;
      } else if (current.supportNeeds == null && last.supportNeeds == null) {
    
      } else if ((current.supportNeeds != null && last.supportNeeds == null) || (current.supportNeeds == null && last.supportNeeds != null)) {
        diff.supportNeeds = current.supportNeeds;
      } else if (!equals(last.supportNeeds, current.supportNeeds)) {
        diff.supportNeeds = current.supportNeeds;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-talent_profile_5000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_profile, convertToDatabaseValue_supportNeeds, processDateProperty, convertToDatabaseValue_createdByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.assessment !== 'undefined') {
        if (entity.assessment === null) {
          ret.assessment = null;
        } else if (entity.assessment?.__helper.__identifier && !entity.assessment.__helper.hasPrimaryKey()) {
          ret.assessment = entity.assessment?.__helper.__identifier;
        } else if (typeof entity.assessment !== 'undefined') {
          ret.assessment = toArray(entity.assessment.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.profileNumber !== 'undefined') {
        ret.profileNumber = clone(entity.profileNumber);
      }
    
      if (typeof entity.instrumentVersion !== 'undefined') {
        ret.instrumentVersion = clone(entity.instrumentVersion);
      }
    
      if (typeof entity.profile !== 'undefined') {
        ret.profile = clone(convertToDatabaseValue_profile(entity.profile));
      }
    
      if (typeof entity.supportNeeds !== 'undefined') {
        ret.supportNeeds = clone(convertToDatabaseValue_supportNeeds(entity.supportNeeds));
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      return ret;
    }
  },
  'resultMapper-talent_profile_5000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity TalentProfileRecord
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.assessment_id !== 'undefined') {
        ret.assessment = result.assessment_id;
        mapped.assessment_id = true;
      }
      if (typeof result.profile_number !== 'undefined') {
        ret.profileNumber = result.profile_number;
        mapped.profile_number = true;
      }
      if (typeof result.instrument_version !== 'undefined') {
        ret.instrumentVersion = result.instrument_version;
        mapped.instrument_version = true;
      }
      if (typeof result.profile !== 'undefined') {
        ret.profile = result.profile;
        mapped.profile = true;
      }
      if (typeof result.support_needs !== 'undefined') {
        ret.supportNeeds = result.support_needs;
        mapped.support_needs = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-talent_profile_5000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TalentProfileRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-talent_profile_5000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity TalentProfileRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-talent_profile_5000': function(isEntityOrRef) {
    // compiled pk getter for entity TalentProfileRecord
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-talent_profile_5000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity TalentProfileRecord
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-talent_profile_5000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity TalentProfileRecord
    return function(entity) {
      const val_7 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_7);
    }
  },
  'hydrator-sign_in_link_9000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_261, app_user_262) {
    // compiled hydrator for entity SignInLink ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_261, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_262, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.usedAt === null) {
        entity.usedAt = null;
      } else if (typeof data.usedAt !== 'undefined') {
        if (data.usedAt instanceof Date) {
          entity.usedAt = data.usedAt;
        } else if (typeof data.usedAt === 'number' || data.usedAt.includes('+') || data.usedAt.lastIndexOf('-') > 10 || data.usedAt.endsWith('Z')) {
          entity.usedAt = new Date(data.usedAt);
        } else {
          entity.usedAt = new Date(data.usedAt + 'Z');
        }
      }
    }
  },
  'hydrator-sign_in_link_9000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_268, app_user_269) {
    // compiled hydrator for entity SignInLink ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_268, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_269, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.usedAt === null) {
        entity.usedAt = null;
      } else if (typeof data.usedAt !== 'undefined') {
        if (data.usedAt instanceof Date) {
          entity.usedAt = data.usedAt;
        } else if (typeof data.usedAt === 'number' || data.usedAt.includes('+') || data.usedAt.lastIndexOf('-') > 10 || data.usedAt.endsWith('Z')) {
          entity.usedAt = new Date(data.usedAt);
        } else {
          entity.usedAt = new Date(data.usedAt + 'Z');
        }
      }
    }
  },
  'comparator-sign_in_link_9000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity SignInLink
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.user === null && last.user === undefined) {
        diff.user = current.user;
      } else if (current.user == null && last.user == null) {
    
      } else if ((current.user != null && last.user == null) || (current.user == null && last.user != null)) {
        diff.user = current.user;
      } else if (last.user !== current.user) {
        diff.user = current.user;
      }
    
      if (current.secretHash === null && last.secretHash === undefined) {
        diff.secretHash = current.secretHash;
      } else if (current.secretHash == null && last.secretHash == null) {
    
      } else if ((current.secretHash != null && last.secretHash == null) || (current.secretHash == null && last.secretHash != null)) {
        diff.secretHash = current.secretHash;
      } else if (last.secretHash !== current.secretHash) {
        diff.secretHash = current.secretHash;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.expiresAt === null && last.expiresAt === undefined) {
        diff.expiresAt = current.expiresAt;
      } else if (current.expiresAt == null && last.expiresAt == null) {
    
      } else if ((current.expiresAt != null && last.expiresAt == null) || (current.expiresAt == null && last.expiresAt != null)) {
        diff.expiresAt = current.expiresAt;
      } else if (last.expiresAt.valueOf() !== current.expiresAt.valueOf()) {
        diff.expiresAt = current.expiresAt;
      }
    
      if (current.usedAt === null && last.usedAt === undefined) {
        diff.usedAt = current.usedAt;
      } else if (current.usedAt == null && last.usedAt == null) {
    
      } else if ((current.usedAt != null && last.usedAt == null) || (current.usedAt == null && last.usedAt != null)) {
        diff.usedAt = current.usedAt;
      } else if (last.usedAt.valueOf() !== current.usedAt.valueOf()) {
        diff.usedAt = current.usedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-sign_in_link_9000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.user !== 'undefined') {
        if (entity.user === null) {
          ret.user = null;
        } else if (entity.user?.__helper.__identifier && !entity.user.__helper.hasPrimaryKey()) {
          ret.user = entity.user?.__helper.__identifier;
        } else if (typeof entity.user !== 'undefined') {
          ret.user = toArray(entity.user.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.secretHash !== 'undefined') {
        ret.secretHash = entity.secretHash;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.expiresAt !== 'undefined') {
        ret.expiresAt = clone(processDateProperty(entity.expiresAt));
      }
    
      if (typeof entity.usedAt !== 'undefined') {
        ret.usedAt = clone(processDateProperty(entity.usedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-sign_in_link_9000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity SignInLink
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.user_id !== 'undefined') {
        ret.user = result.user_id;
        mapped.user_id = true;
      }
      if (typeof result.secret_hash !== 'undefined') {
        ret.secretHash = result.secret_hash;
        mapped.secret_hash = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.expires_at !== 'undefined') {
        if (result.expires_at == null || result.expires_at instanceof Date) {
          ret.expiresAt = result.expires_at;
        } else if (typeof result.expires_at === 'bigint') {
          ret.expiresAt = parseDate(Number(result.expires_at));
        } else if (typeof result.expires_at === 'number' || result.expires_at.includes('+') || result.expires_at.lastIndexOf('-') > 10 || result.expires_at.endsWith('Z')) {
          ret.expiresAt = parseDate(result.expires_at);
        } else {
          ret.expiresAt = parseDate(result.expires_at + 'Z');
        }
        mapped.expires_at = true;
      }
      if (typeof result.used_at !== 'undefined') {
        if (result.used_at == null || result.used_at instanceof Date) {
          ret.usedAt = result.used_at;
        } else if (typeof result.used_at === 'bigint') {
          ret.usedAt = parseDate(Number(result.used_at));
        } else if (typeof result.used_at === 'number' || result.used_at.includes('+') || result.used_at.lastIndexOf('-') > 10 || result.used_at.endsWith('Z')) {
          ret.usedAt = parseDate(result.used_at);
        } else {
          ret.usedAt = parseDate(result.used_at + 'Z');
        }
        mapped.used_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-sign_in_link_9000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SignInLink ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-sign_in_link_9000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SignInLink ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-sign_in_link_9000': function(isEntityOrRef) {
    // compiled pk getter for entity SignInLink
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-sign_in_link_9000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity SignInLink
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-sign_in_link_9000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity SignInLink
    return function(entity) {
      const val_8 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_8);
    }
  },
  'hydrator-sign_in_code_33000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_277, app_user_278, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity SignInCode ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_277, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_278, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.codeHash === null) {
        entity.codeHash = null;
      } else if (typeof data.codeHash !== 'undefined') {
        entity.codeHash = data.codeHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.usedAt === null) {
        entity.usedAt = null;
      } else if (typeof data.usedAt !== 'undefined') {
        if (data.usedAt instanceof Date) {
          entity.usedAt = data.usedAt;
        } else if (typeof data.usedAt === 'number' || data.usedAt.includes('+') || data.usedAt.lastIndexOf('-') > 10 || data.usedAt.endsWith('Z')) {
          entity.usedAt = new Date(data.usedAt);
        } else {
          entity.usedAt = new Date(data.usedAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
    }
  },
  'hydrator-sign_in_code_33000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_286, app_user_287, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity SignInCode ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_286, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_287, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.codeHash === null) {
        entity.codeHash = null;
      } else if (typeof data.codeHash !== 'undefined') {
        entity.codeHash = data.codeHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.usedAt === null) {
        entity.usedAt = null;
      } else if (typeof data.usedAt !== 'undefined') {
        if (data.usedAt instanceof Date) {
          entity.usedAt = data.usedAt;
        } else if (typeof data.usedAt === 'number' || data.usedAt.includes('+') || data.usedAt.lastIndexOf('-') > 10 || data.usedAt.endsWith('Z')) {
          entity.usedAt = new Date(data.usedAt);
        } else {
          entity.usedAt = new Date(data.usedAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
    }
  },
  'comparator-sign_in_code_33000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity SignInCode
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.user === null && last.user === undefined) {
        diff.user = current.user;
      } else if (current.user == null && last.user == null) {
    
      } else if ((current.user != null && last.user == null) || (current.user == null && last.user != null)) {
        diff.user = current.user;
      } else if (last.user !== current.user) {
        diff.user = current.user;
      }
    
      if (current.codeHash === null && last.codeHash === undefined) {
        diff.codeHash = current.codeHash;
      } else if (current.codeHash == null && last.codeHash == null) {
    
      } else if ((current.codeHash != null && last.codeHash == null) || (current.codeHash == null && last.codeHash != null)) {
        diff.codeHash = current.codeHash;
      } else if (last.codeHash !== current.codeHash) {
        diff.codeHash = current.codeHash;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.expiresAt === null && last.expiresAt === undefined) {
        diff.expiresAt = current.expiresAt;
      } else if (current.expiresAt == null && last.expiresAt == null) {
    
      } else if ((current.expiresAt != null && last.expiresAt == null) || (current.expiresAt == null && last.expiresAt != null)) {
        diff.expiresAt = current.expiresAt;
      } else if (last.expiresAt.valueOf() !== current.expiresAt.valueOf()) {
        diff.expiresAt = current.expiresAt;
      }
    
      if (current.usedAt === null && last.usedAt === undefined) {
        diff.usedAt = current.usedAt;
      } else if (current.usedAt == null && last.usedAt == null) {
    
      } else if ((current.usedAt != null && last.usedAt == null) || (current.usedAt == null && last.usedAt != null)) {
        diff.usedAt = current.usedAt;
      } else if (last.usedAt.valueOf() !== current.usedAt.valueOf()) {
        diff.usedAt = current.usedAt;
      }
    
      if (current.endedAt === null && last.endedAt === undefined) {
        diff.endedAt = current.endedAt;
      } else if (current.endedAt == null && last.endedAt == null) {
    
      } else if ((current.endedAt != null && last.endedAt == null) || (current.endedAt == null && last.endedAt != null)) {
        diff.endedAt = current.endedAt;
      } else if (last.endedAt.valueOf() !== current.endedAt.valueOf()) {
        diff.endedAt = current.endedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-sign_in_code_33000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_createdByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.user !== 'undefined') {
        if (entity.user === null) {
          ret.user = null;
        } else if (entity.user?.__helper.__identifier && !entity.user.__helper.hasPrimaryKey()) {
          ret.user = entity.user?.__helper.__identifier;
        } else if (typeof entity.user !== 'undefined') {
          ret.user = toArray(entity.user.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.codeHash !== 'undefined') {
        ret.codeHash = entity.codeHash;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.expiresAt !== 'undefined') {
        ret.expiresAt = clone(processDateProperty(entity.expiresAt));
      }
    
      if (typeof entity.usedAt !== 'undefined') {
        ret.usedAt = clone(processDateProperty(entity.usedAt));
      }
    
      if (typeof entity.endedAt !== 'undefined') {
        ret.endedAt = clone(processDateProperty(entity.endedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-sign_in_code_33000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity SignInCode
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.user_id !== 'undefined') {
        ret.user = result.user_id;
        mapped.user_id = true;
      }
      if (typeof result.code_hash !== 'undefined') {
        ret.codeHash = result.code_hash;
        mapped.code_hash = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.expires_at !== 'undefined') {
        if (result.expires_at == null || result.expires_at instanceof Date) {
          ret.expiresAt = result.expires_at;
        } else if (typeof result.expires_at === 'bigint') {
          ret.expiresAt = parseDate(Number(result.expires_at));
        } else if (typeof result.expires_at === 'number' || result.expires_at.includes('+') || result.expires_at.lastIndexOf('-') > 10 || result.expires_at.endsWith('Z')) {
          ret.expiresAt = parseDate(result.expires_at);
        } else {
          ret.expiresAt = parseDate(result.expires_at + 'Z');
        }
        mapped.expires_at = true;
      }
      if (typeof result.used_at !== 'undefined') {
        if (result.used_at == null || result.used_at instanceof Date) {
          ret.usedAt = result.used_at;
        } else if (typeof result.used_at === 'bigint') {
          ret.usedAt = parseDate(Number(result.used_at));
        } else if (typeof result.used_at === 'number' || result.used_at.includes('+') || result.used_at.lastIndexOf('-') > 10 || result.used_at.endsWith('Z')) {
          ret.usedAt = parseDate(result.used_at);
        } else {
          ret.usedAt = parseDate(result.used_at + 'Z');
        }
        mapped.used_at = true;
      }
      if (typeof result.ended_at !== 'undefined') {
        if (result.ended_at == null || result.ended_at instanceof Date) {
          ret.endedAt = result.ended_at;
        } else if (typeof result.ended_at === 'bigint') {
          ret.endedAt = parseDate(Number(result.ended_at));
        } else if (typeof result.ended_at === 'number' || result.ended_at.includes('+') || result.ended_at.lastIndexOf('-') > 10 || result.ended_at.endsWith('Z')) {
          ret.endedAt = parseDate(result.ended_at);
        } else {
          ret.endedAt = parseDate(result.ended_at + 'Z');
        }
        mapped.ended_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-sign_in_code_33000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SignInCode ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-sign_in_code_33000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SignInCode ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-sign_in_code_33000': function(isEntityOrRef) {
    // compiled pk getter for entity SignInCode
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-sign_in_code_33000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity SignInCode
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-sign_in_code_33000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity SignInCode
    return function(entity) {
      const val_9 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_9);
    }
  },
  'hydrator-shortlist_entry_16000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_297, meet_and_greet_298, vacancy_299, vacancy_300, organisation_301, organisation_302, job_seeker_303, job_seeker_304, convertToJSValue_addedByUserId, convertToDatabaseValue_addedByUserId, convertToJSValue_markedByUserId, convertToDatabaseValue_markedByUserId) {
    // compiled hydrator for entity ShortlistEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_297, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_298, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_299, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_300, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_301, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_302, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_303, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_304, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.source === null) {
        entity.source = null;
      } else if (typeof data.source !== 'undefined') {
        entity.source = data.source;
      }
      if (data.rankAtBuild === null) {
        entity.rankAtBuild = null;
      } else if (typeof data.rankAtBuild !== 'undefined') {
        entity.rankAtBuild = data.rankAtBuild;
      }
      if (data.addedByUserId === null) {
        entity.addedByUserId = null;
      } else if (typeof data.addedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_addedByUserId(data.addedByUserId);
          entity.addedByUserId = value;
        } else {
          entity.addedByUserId = data.addedByUserId;
        }
      }
      if (data.addReason === null) {
        entity.addReason = null;
      } else if (typeof data.addReason !== 'undefined') {
        entity.addReason = data.addReason;
      }
      if (data.wish === null) {
        entity.wish = null;
      } else if (typeof data.wish !== 'undefined') {
        entity.wish = data.wish;
      }
      if (data.wishReason === null) {
        entity.wishReason = null;
      } else if (typeof data.wishReason !== 'undefined') {
        entity.wishReason = data.wishReason;
      }
      if (data.wishNote === null) {
        entity.wishNote = null;
      } else if (typeof data.wishNote !== 'undefined') {
        entity.wishNote = data.wishNote;
      }
      if (data.markedByUserId === null) {
        entity.markedByUserId = null;
      } else if (typeof data.markedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_markedByUserId(data.markedByUserId);
          entity.markedByUserId = value;
        } else {
          entity.markedByUserId = data.markedByUserId;
        }
      }
      if (data.markedAt === null) {
        entity.markedAt = null;
      } else if (typeof data.markedAt !== 'undefined') {
        if (data.markedAt instanceof Date) {
          entity.markedAt = data.markedAt;
        } else if (typeof data.markedAt === 'number' || data.markedAt.includes('+') || data.markedAt.lastIndexOf('-') > 10 || data.markedAt.endsWith('Z')) {
          entity.markedAt = new Date(data.markedAt);
        } else {
          entity.markedAt = new Date(data.markedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-shortlist_entry_16000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_317, meet_and_greet_318, vacancy_319, vacancy_320, organisation_321, organisation_322, job_seeker_323, job_seeker_324, convertToJSValue_addedByUserId, convertToDatabaseValue_addedByUserId, convertToJSValue_markedByUserId, convertToDatabaseValue_markedByUserId) {
    // compiled hydrator for entity ShortlistEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_317, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_318, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_319, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_320, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_321, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_322, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_323, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_324, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.source === null) {
        entity.source = null;
      } else if (typeof data.source !== 'undefined') {
        entity.source = data.source;
      }
      if (data.rankAtBuild === null) {
        entity.rankAtBuild = null;
      } else if (typeof data.rankAtBuild !== 'undefined') {
        entity.rankAtBuild = data.rankAtBuild;
      }
      if (data.addedByUserId === null) {
        entity.addedByUserId = null;
      } else if (typeof data.addedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_addedByUserId(data.addedByUserId);
          entity.addedByUserId = value;
        } else {
          entity.addedByUserId = data.addedByUserId;
        }
      }
      if (data.addReason === null) {
        entity.addReason = null;
      } else if (typeof data.addReason !== 'undefined') {
        entity.addReason = data.addReason;
      }
      if (data.wish === null) {
        entity.wish = null;
      } else if (typeof data.wish !== 'undefined') {
        entity.wish = data.wish;
      }
      if (data.wishReason === null) {
        entity.wishReason = null;
      } else if (typeof data.wishReason !== 'undefined') {
        entity.wishReason = data.wishReason;
      }
      if (data.wishNote === null) {
        entity.wishNote = null;
      } else if (typeof data.wishNote !== 'undefined') {
        entity.wishNote = data.wishNote;
      }
      if (data.markedByUserId === null) {
        entity.markedByUserId = null;
      } else if (typeof data.markedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_markedByUserId(data.markedByUserId);
          entity.markedByUserId = value;
        } else {
          entity.markedByUserId = data.markedByUserId;
        }
      }
      if (data.markedAt === null) {
        entity.markedAt = null;
      } else if (typeof data.markedAt !== 'undefined') {
        if (data.markedAt instanceof Date) {
          entity.markedAt = data.markedAt;
        } else if (typeof data.markedAt === 'number' || data.markedAt.includes('+') || data.markedAt.lastIndexOf('-') > 10 || data.markedAt.endsWith('Z')) {
          entity.markedAt = new Date(data.markedAt);
        } else {
          entity.markedAt = new Date(data.markedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-shortlist_entry_16000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ShortlistEntry
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.vacancy === null && last.vacancy === undefined) {
        diff.vacancy = current.vacancy;
      } else if (current.vacancy == null && last.vacancy == null) {
    
      } else if ((current.vacancy != null && last.vacancy == null) || (current.vacancy == null && last.vacancy != null)) {
        diff.vacancy = current.vacancy;
      } else if (last.vacancy !== current.vacancy) {
        diff.vacancy = current.vacancy;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.source === null && last.source === undefined) {
        diff.source = current.source;
      } else if (current.source == null && last.source == null) {
    
      } else if ((current.source != null && last.source == null) || (current.source == null && last.source != null)) {
        diff.source = current.source;
      } else if (last.source !== current.source) {
        diff.source = current.source;
      }
    
      if (current.rankAtBuild === null && last.rankAtBuild === undefined) {
        diff.rankAtBuild = current.rankAtBuild;
      } else if (current.rankAtBuild == null && last.rankAtBuild == null) {
    
      } else if ((current.rankAtBuild != null && last.rankAtBuild == null) || (current.rankAtBuild == null && last.rankAtBuild != null)) {
        diff.rankAtBuild = current.rankAtBuild;
      } else if (!equals(last.rankAtBuild, current.rankAtBuild)) {
        diff.rankAtBuild = current.rankAtBuild;
      }
    
      if (current.addedByUserId === null && last.addedByUserId === undefined) {
        diff.addedByUserId = current.addedByUserId;
      } else if (current.addedByUserId == null && last.addedByUserId == null) {
    
      } else if ((current.addedByUserId != null && last.addedByUserId == null) || (current.addedByUserId == null && last.addedByUserId != null)) {
        diff.addedByUserId = current.addedByUserId;
      } else if (last.addedByUserId !== current.addedByUserId) {
        diff.addedByUserId = current.addedByUserId;
      }
    
      if (current.addReason === null && last.addReason === undefined) {
        diff.addReason = current.addReason;
      } else if (current.addReason == null && last.addReason == null) {
    
      } else if ((current.addReason != null && last.addReason == null) || (current.addReason == null && last.addReason != null)) {
        diff.addReason = current.addReason;
      } else if (!equals(last.addReason, current.addReason)) {
        diff.addReason = current.addReason;
      }
    
      if (current.wish === null && last.wish === undefined) {
        diff.wish = current.wish;
      } else if (current.wish == null && last.wish == null) {
    
      } else if ((current.wish != null && last.wish == null) || (current.wish == null && last.wish != null)) {
        diff.wish = current.wish;
      } else if (last.wish !== current.wish) {
        diff.wish = current.wish;
      }
    
      if (current.wishReason === null && last.wishReason === undefined) {
        diff.wishReason = current.wishReason;
      } else if (current.wishReason == null && last.wishReason == null) {
    
      } else if ((current.wishReason != null && last.wishReason == null) || (current.wishReason == null && last.wishReason != null)) {
        diff.wishReason = current.wishReason;
      } else if (last.wishReason !== current.wishReason) {
        diff.wishReason = current.wishReason;
      }
    
      if (current.wishNote === null && last.wishNote === undefined) {
        diff.wishNote = current.wishNote;
      } else if (current.wishNote == null && last.wishNote == null) {
    
      } else if ((current.wishNote != null && last.wishNote == null) || (current.wishNote == null && last.wishNote != null)) {
        diff.wishNote = current.wishNote;
      } else if (!equals(last.wishNote, current.wishNote)) {
        diff.wishNote = current.wishNote;
      }
    
      if (current.markedByUserId === null && last.markedByUserId === undefined) {
        diff.markedByUserId = current.markedByUserId;
      } else if (current.markedByUserId == null && last.markedByUserId == null) {
    
      } else if ((current.markedByUserId != null && last.markedByUserId == null) || (current.markedByUserId == null && last.markedByUserId != null)) {
        diff.markedByUserId = current.markedByUserId;
      } else if (last.markedByUserId !== current.markedByUserId) {
        diff.markedByUserId = current.markedByUserId;
      }
    
      if (current.markedAt === null && last.markedAt === undefined) {
        diff.markedAt = current.markedAt;
      } else if (current.markedAt == null && last.markedAt == null) {
    
      } else if ((current.markedAt != null && last.markedAt == null) || (current.markedAt == null && last.markedAt != null)) {
        diff.markedAt = current.markedAt;
      } else if (last.markedAt.valueOf() !== current.markedAt.valueOf()) {
        diff.markedAt = current.markedAt;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-shortlist_entry_16000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_addedByUserId, convertToDatabaseValue_markedByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.vacancy !== 'undefined') {
        if (entity.vacancy === null) {
          ret.vacancy = null;
        } else if (entity.vacancy?.__helper.__identifier && !entity.vacancy.__helper.hasPrimaryKey()) {
          ret.vacancy = entity.vacancy?.__helper.__identifier;
        } else if (typeof entity.vacancy !== 'undefined') {
          ret.vacancy = toArray(entity.vacancy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.source !== 'undefined') {
        ret.source = entity.source;
      }
    
      if (typeof entity.rankAtBuild !== 'undefined') {
        ret.rankAtBuild = clone(entity.rankAtBuild);
      }
    
      if (typeof entity.addedByUserId !== 'undefined') {
        ret.addedByUserId = convertToDatabaseValue_addedByUserId(entity.addedByUserId);
      }
    
      if (typeof entity.addReason !== 'undefined') {
        ret.addReason = clone(entity.addReason);
      }
    
      if (typeof entity.wish !== 'undefined') {
        ret.wish = entity.wish;
      }
    
      if (typeof entity.wishReason !== 'undefined') {
        ret.wishReason = entity.wishReason;
      }
    
      if (typeof entity.wishNote !== 'undefined') {
        ret.wishNote = clone(entity.wishNote);
      }
    
      if (typeof entity.markedByUserId !== 'undefined') {
        ret.markedByUserId = convertToDatabaseValue_markedByUserId(entity.markedByUserId);
      }
    
      if (typeof entity.markedAt !== 'undefined') {
        ret.markedAt = clone(processDateProperty(entity.markedAt));
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      return ret;
    }
  },
  'resultMapper-shortlist_entry_16000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ShortlistEntry
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.vacancy_id !== 'undefined') {
        ret.vacancy = result.vacancy_id;
        mapped.vacancy_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.source !== 'undefined') {
        ret.source = result.source;
        mapped.source = true;
      }
      if (typeof result.rank_at_build !== 'undefined') {
        ret.rankAtBuild = result.rank_at_build;
        mapped.rank_at_build = true;
      }
      if (typeof result.added_by_user_id !== 'undefined') {
        ret.addedByUserId = result.added_by_user_id;
        mapped.added_by_user_id = true;
      }
      if (typeof result.add_reason !== 'undefined') {
        ret.addReason = result.add_reason;
        mapped.add_reason = true;
      }
      if (typeof result.wish !== 'undefined') {
        ret.wish = result.wish;
        mapped.wish = true;
      }
      if (typeof result.wish_reason !== 'undefined') {
        ret.wishReason = result.wish_reason;
        mapped.wish_reason = true;
      }
      if (typeof result.wish_note !== 'undefined') {
        ret.wishNote = result.wish_note;
        mapped.wish_note = true;
      }
      if (typeof result.marked_by_user_id !== 'undefined') {
        ret.markedByUserId = result.marked_by_user_id;
        mapped.marked_by_user_id = true;
      }
      if (typeof result.marked_at !== 'undefined') {
        if (result.marked_at == null || result.marked_at instanceof Date) {
          ret.markedAt = result.marked_at;
        } else if (typeof result.marked_at === 'bigint') {
          ret.markedAt = parseDate(Number(result.marked_at));
        } else if (typeof result.marked_at === 'number' || result.marked_at.includes('+') || result.marked_at.lastIndexOf('-') > 10 || result.marked_at.endsWith('Z')) {
          ret.markedAt = parseDate(result.marked_at);
        } else {
          ret.markedAt = parseDate(result.marked_at + 'Z');
        }
        mapped.marked_at = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-shortlist_entry_16000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ShortlistEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-shortlist_entry_16000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ShortlistEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-shortlist_entry_16000': function(isEntityOrRef) {
    // compiled pk getter for entity ShortlistEntry
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-shortlist_entry_16000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ShortlistEntry
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-shortlist_entry_16000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ShortlistEntry
    return function(entity) {
      const val_10 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_10);
    }
  },
  'hydrator-segment_reaction_41000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, segment_decision_339, segment_decision_340, job_seeker_341, job_seeker_342, convertToJSValue_answeredByUserId, convertToDatabaseValue_answeredByUserId) {
    // compiled hydrator for entity SegmentReaction ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.decision === null) {
        entity.decision = null;
      } else if (typeof data.decision !== 'undefined') {
        if (isPrimaryKey(data.decision, true)) {
          entity.decision = factory.createReference(segment_decision_339, data.decision, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.decision && typeof data.decision === 'object') {
          entity.decision = factory.create(segment_decision_340, data.decision, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_341, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_342, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.writtenAt === null) {
        entity.writtenAt = null;
      } else if (typeof data.writtenAt !== 'undefined') {
        if (data.writtenAt instanceof Date) {
          entity.writtenAt = data.writtenAt;
        } else if (typeof data.writtenAt === 'number' || data.writtenAt.includes('+') || data.writtenAt.lastIndexOf('-') > 10 || data.writtenAt.endsWith('Z')) {
          entity.writtenAt = new Date(data.writtenAt);
        } else {
          entity.writtenAt = new Date(data.writtenAt + 'Z');
        }
      }
      if (data.answer === null) {
        entity.answer = null;
      } else if (typeof data.answer !== 'undefined') {
        entity.answer = data.answer;
      }
      if (data.answeredByUserId === null) {
        entity.answeredByUserId = null;
      } else if (typeof data.answeredByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_answeredByUserId(data.answeredByUserId);
          entity.answeredByUserId = value;
        } else {
          entity.answeredByUserId = data.answeredByUserId;
        }
      }
      if (data.answeredAt === null) {
        entity.answeredAt = null;
      } else if (typeof data.answeredAt !== 'undefined') {
        if (data.answeredAt instanceof Date) {
          entity.answeredAt = data.answeredAt;
        } else if (typeof data.answeredAt === 'number' || data.answeredAt.includes('+') || data.answeredAt.lastIndexOf('-') > 10 || data.answeredAt.endsWith('Z')) {
          entity.answeredAt = new Date(data.answeredAt);
        } else {
          entity.answeredAt = new Date(data.answeredAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-segment_reaction_41000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, segment_decision_350, segment_decision_351, job_seeker_352, job_seeker_353, convertToJSValue_answeredByUserId, convertToDatabaseValue_answeredByUserId) {
    // compiled hydrator for entity SegmentReaction ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.decision === null) {
        entity.decision = null;
      } else if (typeof data.decision !== 'undefined') {
        if (isPrimaryKey(data.decision, true)) {
          entity.decision = factory.createReference(segment_decision_350, data.decision, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.decision && typeof data.decision === 'object') {
          entity.decision = factory.create(segment_decision_351, data.decision, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_352, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_353, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.writtenAt === null) {
        entity.writtenAt = null;
      } else if (typeof data.writtenAt !== 'undefined') {
        if (data.writtenAt instanceof Date) {
          entity.writtenAt = data.writtenAt;
        } else if (typeof data.writtenAt === 'number' || data.writtenAt.includes('+') || data.writtenAt.lastIndexOf('-') > 10 || data.writtenAt.endsWith('Z')) {
          entity.writtenAt = new Date(data.writtenAt);
        } else {
          entity.writtenAt = new Date(data.writtenAt + 'Z');
        }
      }
      if (data.answer === null) {
        entity.answer = null;
      } else if (typeof data.answer !== 'undefined') {
        entity.answer = data.answer;
      }
      if (data.answeredByUserId === null) {
        entity.answeredByUserId = null;
      } else if (typeof data.answeredByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_answeredByUserId(data.answeredByUserId);
          entity.answeredByUserId = value;
        } else {
          entity.answeredByUserId = data.answeredByUserId;
        }
      }
      if (data.answeredAt === null) {
        entity.answeredAt = null;
      } else if (typeof data.answeredAt !== 'undefined') {
        if (data.answeredAt instanceof Date) {
          entity.answeredAt = data.answeredAt;
        } else if (typeof data.answeredAt === 'number' || data.answeredAt.includes('+') || data.answeredAt.lastIndexOf('-') > 10 || data.answeredAt.endsWith('Z')) {
          entity.answeredAt = new Date(data.answeredAt);
        } else {
          entity.answeredAt = new Date(data.answeredAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-segment_reaction_41000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity SegmentReaction
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.decision === null && last.decision === undefined) {
        diff.decision = current.decision;
      } else if (current.decision == null && last.decision == null) {
    
      } else if ((current.decision != null && last.decision == null) || (current.decision == null && last.decision != null)) {
        diff.decision = current.decision;
      } else if (last.decision !== current.decision) {
        diff.decision = current.decision;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.text === null && last.text === undefined) {
        diff.text = current.text;
      } else if (current.text == null && last.text == null) {
    
      } else if ((current.text != null && last.text == null) || (current.text == null && last.text != null)) {
        diff.text = current.text;
      } else if (!equals(last.text, current.text)) {
        diff.text = current.text;
      }
    
      if (current.writtenAt === null && last.writtenAt === undefined) {
        diff.writtenAt = current.writtenAt;
      } else if (current.writtenAt == null && last.writtenAt == null) {
    
      } else if ((current.writtenAt != null && last.writtenAt == null) || (current.writtenAt == null && last.writtenAt != null)) {
        diff.writtenAt = current.writtenAt;
      } else if (last.writtenAt.valueOf() !== current.writtenAt.valueOf()) {
        diff.writtenAt = current.writtenAt;
      }
    
      if (current.answer === null && last.answer === undefined) {
        diff.answer = current.answer;
      } else if (current.answer == null && last.answer == null) {
    
      } else if ((current.answer != null && last.answer == null) || (current.answer == null && last.answer != null)) {
        diff.answer = current.answer;
      } else if (!equals(last.answer, current.answer)) {
        diff.answer = current.answer;
      }
    
      if (current.answeredByUserId === null && last.answeredByUserId === undefined) {
        diff.answeredByUserId = current.answeredByUserId;
      } else if (current.answeredByUserId == null && last.answeredByUserId == null) {
    
      } else if ((current.answeredByUserId != null && last.answeredByUserId == null) || (current.answeredByUserId == null && last.answeredByUserId != null)) {
        diff.answeredByUserId = current.answeredByUserId;
      } else if (last.answeredByUserId !== current.answeredByUserId) {
        diff.answeredByUserId = current.answeredByUserId;
      }
    
      if (current.answeredAt === null && last.answeredAt === undefined) {
        diff.answeredAt = current.answeredAt;
      } else if (current.answeredAt == null && last.answeredAt == null) {
    
      } else if ((current.answeredAt != null && last.answeredAt == null) || (current.answeredAt == null && last.answeredAt != null)) {
        diff.answeredAt = current.answeredAt;
      } else if (last.answeredAt.valueOf() !== current.answeredAt.valueOf()) {
        diff.answeredAt = current.answeredAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-segment_reaction_41000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_answeredByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.decision !== 'undefined') {
        if (entity.decision === null) {
          ret.decision = null;
        } else if (entity.decision?.__helper.__identifier && !entity.decision.__helper.hasPrimaryKey()) {
          ret.decision = entity.decision?.__helper.__identifier;
        } else if (typeof entity.decision !== 'undefined') {
          ret.decision = toArray(entity.decision.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.text !== 'undefined') {
        ret.text = clone(entity.text);
      }
    
      if (typeof entity.writtenAt !== 'undefined') {
        ret.writtenAt = clone(processDateProperty(entity.writtenAt));
      }
    
      if (typeof entity.answer !== 'undefined') {
        ret.answer = clone(entity.answer);
      }
    
      if (typeof entity.answeredByUserId !== 'undefined') {
        ret.answeredByUserId = convertToDatabaseValue_answeredByUserId(entity.answeredByUserId);
      }
    
      if (typeof entity.answeredAt !== 'undefined') {
        ret.answeredAt = clone(processDateProperty(entity.answeredAt));
      }
    
      return ret;
    }
  },
  'resultMapper-segment_reaction_41000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity SegmentReaction
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.decision_id !== 'undefined') {
        ret.decision = result.decision_id;
        mapped.decision_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.text !== 'undefined') {
        ret.text = result.text;
        mapped.text = true;
      }
      if (typeof result.written_at !== 'undefined') {
        if (result.written_at == null || result.written_at instanceof Date) {
          ret.writtenAt = result.written_at;
        } else if (typeof result.written_at === 'bigint') {
          ret.writtenAt = parseDate(Number(result.written_at));
        } else if (typeof result.written_at === 'number' || result.written_at.includes('+') || result.written_at.lastIndexOf('-') > 10 || result.written_at.endsWith('Z')) {
          ret.writtenAt = parseDate(result.written_at);
        } else {
          ret.writtenAt = parseDate(result.written_at + 'Z');
        }
        mapped.written_at = true;
      }
      if (typeof result.answer !== 'undefined') {
        ret.answer = result.answer;
        mapped.answer = true;
      }
      if (typeof result.answered_by_user_id !== 'undefined') {
        ret.answeredByUserId = result.answered_by_user_id;
        mapped.answered_by_user_id = true;
      }
      if (typeof result.answered_at !== 'undefined') {
        if (result.answered_at == null || result.answered_at instanceof Date) {
          ret.answeredAt = result.answered_at;
        } else if (typeof result.answered_at === 'bigint') {
          ret.answeredAt = parseDate(Number(result.answered_at));
        } else if (typeof result.answered_at === 'number' || result.answered_at.includes('+') || result.answered_at.lastIndexOf('-') > 10 || result.answered_at.endsWith('Z')) {
          ret.answeredAt = parseDate(result.answered_at);
        } else {
          ret.answeredAt = parseDate(result.answered_at + 'Z');
        }
        mapped.answered_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-segment_reaction_41000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SegmentReaction ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-segment_reaction_41000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SegmentReaction ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-segment_reaction_41000': function(isEntityOrRef) {
    // compiled pk getter for entity SegmentReaction
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-segment_reaction_41000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity SegmentReaction
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-segment_reaction_41000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity SegmentReaction
    return function(entity) {
      const val_11 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_11);
    }
  },
  'hydrator-segment_decision_40000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_363, job_seeker_364, talent_profile_365, talent_profile_366, convertToJSValue_reasons, convertToDatabaseValue_reasons, convertToJSValue_toMoveUp, convertToDatabaseValue_toMoveUp, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId, convertToJSValue_lifecoachUserId, convertToDatabaseValue_lifecoachUserId) {
    // compiled hydrator for entity SegmentDecision ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_363, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_364, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.profile === null) {
        entity.profile = null;
      } else if (typeof data.profile !== 'undefined') {
        if (isPrimaryKey(data.profile, true)) {
          entity.profile = factory.createReference(talent_profile_365, data.profile, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.profile && typeof data.profile === 'object') {
          entity.profile = factory.create(talent_profile_366, data.profile, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.computedSegment === null) {
        entity.computedSegment = null;
      } else if (typeof data.computedSegment !== 'undefined') {
        entity.computedSegment = data.computedSegment;
      }
      if (data.reasons === null) {
        entity.reasons = null;
      } else if (typeof data.reasons !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_reasons(data.reasons);
          data.reasons = convertToDatabaseValue_reasons(value);
          entity.reasons = value;
        } else {
          entity.reasons = data.reasons;
        }
      }
      if (data.toMoveUp === null) {
        entity.toMoveUp = null;
      } else if (typeof data.toMoveUp !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_toMoveUp(data.toMoveUp);
          data.toMoveUp = convertToDatabaseValue_toMoveUp(value);
          entity.toMoveUp = value;
        } else {
          entity.toMoveUp = data.toMoveUp;
        }
      }
      if (data.segment === null) {
        entity.segment = null;
      } else if (typeof data.segment !== 'undefined') {
        entity.segment = data.segment;
      }
      if (data.overrideJustification === null) {
        entity.overrideJustification = null;
      } else if (typeof data.overrideJustification !== 'undefined') {
        entity.overrideJustification = data.overrideJustification;
      }
      if (data.reviewDate === null) {
        entity.reviewDate = null;
      } else if (typeof data.reviewDate !== 'undefined') {
        entity.reviewDate = data.reviewDate;
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.lifecoachUserId === null) {
        entity.lifecoachUserId = null;
      } else if (typeof data.lifecoachUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_lifecoachUserId(data.lifecoachUserId);
          entity.lifecoachUserId = value;
        } else {
          entity.lifecoachUserId = data.lifecoachUserId;
        }
      }
      if (data.supersededAt === null) {
        entity.supersededAt = null;
      } else if (typeof data.supersededAt !== 'undefined') {
        if (data.supersededAt instanceof Date) {
          entity.supersededAt = data.supersededAt;
        } else if (typeof data.supersededAt === 'number' || data.supersededAt.includes('+') || data.supersededAt.lastIndexOf('-') > 10 || data.supersededAt.endsWith('Z')) {
          entity.supersededAt = new Date(data.supersededAt);
        } else {
          entity.supersededAt = new Date(data.supersededAt + 'Z');
        }
      }
    }
  },
  'hydrator-segment_decision_40000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_378, job_seeker_379, talent_profile_380, talent_profile_381, convertToJSValue_reasons, convertToDatabaseValue_reasons, convertToJSValue_toMoveUp, convertToDatabaseValue_toMoveUp, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId, convertToJSValue_lifecoachUserId, convertToDatabaseValue_lifecoachUserId) {
    // compiled hydrator for entity SegmentDecision ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_378, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_379, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.profile === null) {
        entity.profile = null;
      } else if (typeof data.profile !== 'undefined') {
        if (isPrimaryKey(data.profile, true)) {
          entity.profile = factory.createReference(talent_profile_380, data.profile, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.profile && typeof data.profile === 'object') {
          entity.profile = factory.create(talent_profile_381, data.profile, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.computedSegment === null) {
        entity.computedSegment = null;
      } else if (typeof data.computedSegment !== 'undefined') {
        entity.computedSegment = data.computedSegment;
      }
      if (data.reasons === null) {
        entity.reasons = null;
      } else if (typeof data.reasons !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_reasons(data.reasons);
          data.reasons = convertToDatabaseValue_reasons(value);
          entity.reasons = value;
        } else {
          entity.reasons = data.reasons;
        }
      }
      if (data.toMoveUp === null) {
        entity.toMoveUp = null;
      } else if (typeof data.toMoveUp !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_toMoveUp(data.toMoveUp);
          data.toMoveUp = convertToDatabaseValue_toMoveUp(value);
          entity.toMoveUp = value;
        } else {
          entity.toMoveUp = data.toMoveUp;
        }
      }
      if (data.segment === null) {
        entity.segment = null;
      } else if (typeof data.segment !== 'undefined') {
        entity.segment = data.segment;
      }
      if (data.overrideJustification === null) {
        entity.overrideJustification = null;
      } else if (typeof data.overrideJustification !== 'undefined') {
        entity.overrideJustification = data.overrideJustification;
      }
      if (data.reviewDate === null) {
        entity.reviewDate = null;
      } else if (typeof data.reviewDate !== 'undefined') {
        entity.reviewDate = data.reviewDate;
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.lifecoachUserId === null) {
        entity.lifecoachUserId = null;
      } else if (typeof data.lifecoachUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_lifecoachUserId(data.lifecoachUserId);
          entity.lifecoachUserId = value;
        } else {
          entity.lifecoachUserId = data.lifecoachUserId;
        }
      }
      if (data.supersededAt === null) {
        entity.supersededAt = null;
      } else if (typeof data.supersededAt !== 'undefined') {
        if (data.supersededAt instanceof Date) {
          entity.supersededAt = data.supersededAt;
        } else if (typeof data.supersededAt === 'number' || data.supersededAt.includes('+') || data.supersededAt.lastIndexOf('-') > 10 || data.supersededAt.endsWith('Z')) {
          entity.supersededAt = new Date(data.supersededAt);
        } else {
          entity.supersededAt = new Date(data.supersededAt + 'Z');
        }
      }
    }
  },
  'comparator-segment_decision_40000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity SegmentDecision
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.profile === null && last.profile === undefined) {
        diff.profile = current.profile;
      } else if (current.profile == null && last.profile == null) {
    
      } else if ((current.profile != null && last.profile == null) || (current.profile == null && last.profile != null)) {
        diff.profile = current.profile;
      } else if (last.profile !== current.profile) {
        diff.profile = current.profile;
      }
    
      if (current.computedSegment === null && last.computedSegment === undefined) {
        diff.computedSegment = current.computedSegment;
      } else if (current.computedSegment == null && last.computedSegment == null) {
    
      } else if ((current.computedSegment != null && last.computedSegment == null) || (current.computedSegment == null && last.computedSegment != null)) {
        diff.computedSegment = current.computedSegment;
      } else if (last.computedSegment !== current.computedSegment) {
        diff.computedSegment = current.computedSegment;
      }
    
      if (current.reasons === null && last.reasons === undefined) {
        diff.reasons = current.reasons;
      } else if (current.reasons == null && last.reasons == null) {
    
      } else if ((current.reasons != null && last.reasons == null) || (current.reasons == null && last.reasons != null)) {
        diff.reasons = current.reasons;
      } else if (!equals(last.reasons, current.reasons)) {
        diff.reasons = current.reasons;
      }
    
      if (current.toMoveUp === null && last.toMoveUp === undefined) {
        diff.toMoveUp = current.toMoveUp;
      } else if (current.toMoveUp == null && last.toMoveUp == null) {
    
      } else if ((current.toMoveUp != null && last.toMoveUp == null) || (current.toMoveUp == null && last.toMoveUp != null)) {
        diff.toMoveUp = current.toMoveUp;
      } else if (!equals(last.toMoveUp, current.toMoveUp)) {
        diff.toMoveUp = current.toMoveUp;
      }
    
      if (current.segment === null && last.segment === undefined) {
        diff.segment = current.segment;
      } else if (current.segment == null && last.segment == null) {
    
      } else if ((current.segment != null && last.segment == null) || (current.segment == null && last.segment != null)) {
        diff.segment = current.segment;
      } else if (last.segment !== current.segment) {
        diff.segment = current.segment;
      }
    
      if (current.overrideJustification === null && last.overrideJustification === undefined) {
        diff.overrideJustification = current.overrideJustification;
      } else if (current.overrideJustification == null && last.overrideJustification == null) {
    
      } else if ((current.overrideJustification != null && last.overrideJustification == null) || (current.overrideJustification == null && last.overrideJustification != null)) {
        diff.overrideJustification = current.overrideJustification;
      } else if (!equals(last.overrideJustification, current.overrideJustification)) {
        diff.overrideJustification = current.overrideJustification;
      }
    
      if (current.reviewDate === null && last.reviewDate === undefined) {
        diff.reviewDate = current.reviewDate;
      } else if (current.reviewDate == null && last.reviewDate == null) {
    
      } else if ((current.reviewDate != null && last.reviewDate == null) || (current.reviewDate == null && last.reviewDate != null)) {
        diff.reviewDate = current.reviewDate;
      } else if (last.reviewDate !== current.reviewDate) {
        diff.reviewDate = current.reviewDate;
      }
    
      if (current.decidedAt === null && last.decidedAt === undefined) {
        diff.decidedAt = current.decidedAt;
      } else if (current.decidedAt == null && last.decidedAt == null) {
    
      } else if ((current.decidedAt != null && last.decidedAt == null) || (current.decidedAt == null && last.decidedAt != null)) {
        diff.decidedAt = current.decidedAt;
      } else if (last.decidedAt.valueOf() !== current.decidedAt.valueOf()) {
        diff.decidedAt = current.decidedAt;
      }
    
      if (current.decidedByUserId === null && last.decidedByUserId === undefined) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (current.decidedByUserId == null && last.decidedByUserId == null) {
    
      } else if ((current.decidedByUserId != null && last.decidedByUserId == null) || (current.decidedByUserId == null && last.decidedByUserId != null)) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (last.decidedByUserId !== current.decidedByUserId) {
        diff.decidedByUserId = current.decidedByUserId;
      }
    
      if (current.lifecoachUserId === null && last.lifecoachUserId === undefined) {
        diff.lifecoachUserId = current.lifecoachUserId;
      } else if (current.lifecoachUserId == null && last.lifecoachUserId == null) {
    
      } else if ((current.lifecoachUserId != null && last.lifecoachUserId == null) || (current.lifecoachUserId == null && last.lifecoachUserId != null)) {
        diff.lifecoachUserId = current.lifecoachUserId;
      } else if (last.lifecoachUserId !== current.lifecoachUserId) {
        diff.lifecoachUserId = current.lifecoachUserId;
      }
    
      if (current.supersededAt === null && last.supersededAt === undefined) {
        diff.supersededAt = current.supersededAt;
      } else if (current.supersededAt == null && last.supersededAt == null) {
    
      } else if ((current.supersededAt != null && last.supersededAt == null) || (current.supersededAt == null && last.supersededAt != null)) {
        diff.supersededAt = current.supersededAt;
      } else if (last.supersededAt.valueOf() !== current.supersededAt.valueOf()) {
        diff.supersededAt = current.supersededAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-segment_decision_40000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_reasons, convertToDatabaseValue_toMoveUp, processDateProperty, convertToDatabaseValue_decidedByUserId, convertToDatabaseValue_lifecoachUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.profile !== 'undefined') {
        if (entity.profile === null) {
          ret.profile = null;
        } else if (entity.profile?.__helper.__identifier && !entity.profile.__helper.hasPrimaryKey()) {
          ret.profile = entity.profile?.__helper.__identifier;
        } else if (typeof entity.profile !== 'undefined') {
          ret.profile = toArray(entity.profile.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.computedSegment !== 'undefined') {
        ret.computedSegment = entity.computedSegment;
      }
    
      if (typeof entity.reasons !== 'undefined') {
        ret.reasons = clone(convertToDatabaseValue_reasons(entity.reasons));
      }
    
      if (typeof entity.toMoveUp !== 'undefined') {
        ret.toMoveUp = clone(convertToDatabaseValue_toMoveUp(entity.toMoveUp));
      }
    
      if (typeof entity.segment !== 'undefined') {
        ret.segment = entity.segment;
      }
    
      if (typeof entity.overrideJustification !== 'undefined') {
        ret.overrideJustification = clone(entity.overrideJustification);
      }
    
      if (typeof entity.reviewDate !== 'undefined') {
        ret.reviewDate = entity.reviewDate;
      }
    
      if (typeof entity.decidedAt !== 'undefined') {
        ret.decidedAt = clone(processDateProperty(entity.decidedAt));
      }
    
      if (typeof entity.decidedByUserId !== 'undefined') {
        ret.decidedByUserId = convertToDatabaseValue_decidedByUserId(entity.decidedByUserId);
      }
    
      if (typeof entity.lifecoachUserId !== 'undefined') {
        ret.lifecoachUserId = convertToDatabaseValue_lifecoachUserId(entity.lifecoachUserId);
      }
    
      if (typeof entity.supersededAt !== 'undefined') {
        ret.supersededAt = clone(processDateProperty(entity.supersededAt));
      }
    
      return ret;
    }
  },
  'resultMapper-segment_decision_40000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity SegmentDecision
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.profile_id !== 'undefined') {
        ret.profile = result.profile_id;
        mapped.profile_id = true;
      }
      if (typeof result.computed_segment !== 'undefined') {
        ret.computedSegment = result.computed_segment;
        mapped.computed_segment = true;
      }
      if (typeof result.reasons !== 'undefined') {
        ret.reasons = result.reasons;
        mapped.reasons = true;
      }
      if (typeof result.to_move_up !== 'undefined') {
        ret.toMoveUp = result.to_move_up;
        mapped.to_move_up = true;
      }
      if (typeof result.segment !== 'undefined') {
        ret.segment = result.segment;
        mapped.segment = true;
      }
      if (typeof result.override_justification !== 'undefined') {
        ret.overrideJustification = result.override_justification;
        mapped.override_justification = true;
      }
      if (typeof result.review_date !== 'undefined') {
        ret.reviewDate = result.review_date;
        mapped.review_date = true;
      }
      if (typeof result.decided_at !== 'undefined') {
        if (result.decided_at == null || result.decided_at instanceof Date) {
          ret.decidedAt = result.decided_at;
        } else if (typeof result.decided_at === 'bigint') {
          ret.decidedAt = parseDate(Number(result.decided_at));
        } else if (typeof result.decided_at === 'number' || result.decided_at.includes('+') || result.decided_at.lastIndexOf('-') > 10 || result.decided_at.endsWith('Z')) {
          ret.decidedAt = parseDate(result.decided_at);
        } else {
          ret.decidedAt = parseDate(result.decided_at + 'Z');
        }
        mapped.decided_at = true;
      }
      if (typeof result.decided_by_user_id !== 'undefined') {
        ret.decidedByUserId = result.decided_by_user_id;
        mapped.decided_by_user_id = true;
      }
      if (typeof result.lifecoach_user_id !== 'undefined') {
        ret.lifecoachUserId = result.lifecoach_user_id;
        mapped.lifecoach_user_id = true;
      }
      if (typeof result.superseded_at !== 'undefined') {
        if (result.superseded_at == null || result.superseded_at instanceof Date) {
          ret.supersededAt = result.superseded_at;
        } else if (typeof result.superseded_at === 'bigint') {
          ret.supersededAt = parseDate(Number(result.superseded_at));
        } else if (typeof result.superseded_at === 'number' || result.superseded_at.includes('+') || result.superseded_at.lastIndexOf('-') > 10 || result.superseded_at.endsWith('Z')) {
          ret.supersededAt = parseDate(result.superseded_at);
        } else {
          ret.supersededAt = parseDate(result.superseded_at + 'Z');
        }
        mapped.superseded_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-segment_decision_40000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SegmentDecision ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-segment_decision_40000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity SegmentDecision ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-segment_decision_40000': function(isEntityOrRef) {
    // compiled pk getter for entity SegmentDecision
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-segment_decision_40000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity SegmentDecision
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-segment_decision_40000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity SegmentDecision
    return function(entity) {
      const val_12 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_12);
    }
  },
  'hydrator-meet_and_greet_conversation_17000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_395, meet_and_greet_396, organisation_397, organisation_398, job_seeker_399, job_seeker_400) {
    // compiled hydrator for entity ScheduledConversation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_395, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_396, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_397, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_398, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_399, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_400, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.round === null) {
        entity.round = null;
      } else if (typeof data.round !== 'undefined') {
        entity.round = data.round;
      }
      if (data.tableNumber === null) {
        entity.tableNumber = null;
      } else if (typeof data.tableNumber !== 'undefined') {
        entity.tableNumber = data.tableNumber;
      }
      if (data.placedByHand === null) {
        entity.placedByHand = null;
      } else if (typeof data.placedByHand !== 'undefined') {
        entity.placedByHand = !!data.placedByHand;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'hydrator-meet_and_greet_conversation_17000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_406, meet_and_greet_407, organisation_408, organisation_409, job_seeker_410, job_seeker_411) {
    // compiled hydrator for entity ScheduledConversation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_406, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_407, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_408, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_409, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_410, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_411, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.round === null) {
        entity.round = null;
      } else if (typeof data.round !== 'undefined') {
        entity.round = data.round;
      }
      if (data.tableNumber === null) {
        entity.tableNumber = null;
      } else if (typeof data.tableNumber !== 'undefined') {
        entity.tableNumber = data.tableNumber;
      }
      if (data.placedByHand === null) {
        entity.placedByHand = null;
      } else if (typeof data.placedByHand !== 'undefined') {
        entity.placedByHand = !!data.placedByHand;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'comparator-meet_and_greet_conversation_17000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ScheduledConversation
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.round === null && last.round === undefined) {
        diff.round = current.round;
      } else if (current.round == null && last.round == null) {
    
      } else if ((current.round != null && last.round == null) || (current.round == null && last.round != null)) {
        diff.round = current.round;
      } else if (!equals(last.round, current.round)) {
        diff.round = current.round;
      }
    
      if (current.tableNumber === null && last.tableNumber === undefined) {
        diff.tableNumber = current.tableNumber;
      } else if (current.tableNumber == null && last.tableNumber == null) {
    
      } else if ((current.tableNumber != null && last.tableNumber == null) || (current.tableNumber == null && last.tableNumber != null)) {
        diff.tableNumber = current.tableNumber;
      } else if (!equals(last.tableNumber, current.tableNumber)) {
        diff.tableNumber = current.tableNumber;
      }
    
      if (current.placedByHand === null && last.placedByHand === undefined) {
        diff.placedByHand = current.placedByHand;
      } else if (current.placedByHand == null && last.placedByHand == null) {
    
      } else if ((current.placedByHand != null && last.placedByHand == null) || (current.placedByHand == null && last.placedByHand != null)) {
        diff.placedByHand = current.placedByHand;
      } else if (!compareBooleans(last.placedByHand, current.placedByHand)) {
        diff.placedByHand = current.placedByHand;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_conversation_17000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.round !== 'undefined') {
        ret.round = clone(entity.round);
      }
    
      if (typeof entity.tableNumber !== 'undefined') {
        ret.tableNumber = clone(entity.tableNumber);
      }
    
      if (typeof entity.placedByHand !== 'undefined') {
        ret.placedByHand = entity.placedByHand;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_conversation_17000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ScheduledConversation
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.round !== 'undefined') {
        ret.round = result.round;
        mapped.round = true;
      }
      if (typeof result.table_number !== 'undefined') {
        ret.tableNumber = result.table_number;
        mapped.table_number = true;
      }
      if (typeof result.placed_by_hand !== 'undefined') {
        ret.placedByHand = result.placed_by_hand == null ? result.placed_by_hand : !!result.placed_by_hand;
        mapped.placed_by_hand = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_conversation_17000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ScheduledConversation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_conversation_17000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ScheduledConversation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_conversation_17000': function(isEntityOrRef) {
    // compiled pk getter for entity ScheduledConversation
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_conversation_17000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ScheduledConversation
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_conversation_17000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ScheduledConversation
    return function(entity) {
      const val_13 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_13);
    }
  },
  'hydrator-retention_notice_24000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_419, job_seeker_420, convertToJSValue_keptByUserId, convertToDatabaseValue_keptByUserId) {
    // compiled hydrator for entity RetentionNotice ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_419, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_420, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lastActivityOn === null) {
        entity.lastActivityOn = null;
      } else if (typeof data.lastActivityOn !== 'undefined') {
        entity.lastActivityOn = data.lastActivityOn;
      }
      if (data.anonymiseOn === null) {
        entity.anonymiseOn = null;
      } else if (typeof data.anonymiseOn !== 'undefined') {
        entity.anonymiseOn = data.anonymiseOn;
      }
      if (data.notifiedAt === null) {
        entity.notifiedAt = null;
      } else if (typeof data.notifiedAt !== 'undefined') {
        if (data.notifiedAt instanceof Date) {
          entity.notifiedAt = data.notifiedAt;
        } else if (typeof data.notifiedAt === 'number' || data.notifiedAt.includes('+') || data.notifiedAt.lastIndexOf('-') > 10 || data.notifiedAt.endsWith('Z')) {
          entity.notifiedAt = new Date(data.notifiedAt);
        } else {
          entity.notifiedAt = new Date(data.notifiedAt + 'Z');
        }
      }
      if (data.mailed === null) {
        entity.mailed = null;
      } else if (typeof data.mailed !== 'undefined') {
        entity.mailed = !!data.mailed;
      }
      if (data.keptAt === null) {
        entity.keptAt = null;
      } else if (typeof data.keptAt !== 'undefined') {
        if (data.keptAt instanceof Date) {
          entity.keptAt = data.keptAt;
        } else if (typeof data.keptAt === 'number' || data.keptAt.includes('+') || data.keptAt.lastIndexOf('-') > 10 || data.keptAt.endsWith('Z')) {
          entity.keptAt = new Date(data.keptAt);
        } else {
          entity.keptAt = new Date(data.keptAt + 'Z');
        }
      }
      if (data.keptByUserId === null) {
        entity.keptByUserId = null;
      } else if (typeof data.keptByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_keptByUserId(data.keptByUserId);
          entity.keptByUserId = value;
        } else {
          entity.keptByUserId = data.keptByUserId;
        }
      }
      if (data.cancelledAt === null) {
        entity.cancelledAt = null;
      } else if (typeof data.cancelledAt !== 'undefined') {
        if (data.cancelledAt instanceof Date) {
          entity.cancelledAt = data.cancelledAt;
        } else if (typeof data.cancelledAt === 'number' || data.cancelledAt.includes('+') || data.cancelledAt.lastIndexOf('-') > 10 || data.cancelledAt.endsWith('Z')) {
          entity.cancelledAt = new Date(data.cancelledAt);
        } else {
          entity.cancelledAt = new Date(data.cancelledAt + 'Z');
        }
      }
      if (data.anonymisedAt === null) {
        entity.anonymisedAt = null;
      } else if (typeof data.anonymisedAt !== 'undefined') {
        if (data.anonymisedAt instanceof Date) {
          entity.anonymisedAt = data.anonymisedAt;
        } else if (typeof data.anonymisedAt === 'number' || data.anonymisedAt.includes('+') || data.anonymisedAt.lastIndexOf('-') > 10 || data.anonymisedAt.endsWith('Z')) {
          entity.anonymisedAt = new Date(data.anonymisedAt);
        } else {
          entity.anonymisedAt = new Date(data.anonymisedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-retention_notice_24000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_431, job_seeker_432, convertToJSValue_keptByUserId, convertToDatabaseValue_keptByUserId) {
    // compiled hydrator for entity RetentionNotice ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_431, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_432, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lastActivityOn === null) {
        entity.lastActivityOn = null;
      } else if (typeof data.lastActivityOn !== 'undefined') {
        entity.lastActivityOn = data.lastActivityOn;
      }
      if (data.anonymiseOn === null) {
        entity.anonymiseOn = null;
      } else if (typeof data.anonymiseOn !== 'undefined') {
        entity.anonymiseOn = data.anonymiseOn;
      }
      if (data.notifiedAt === null) {
        entity.notifiedAt = null;
      } else if (typeof data.notifiedAt !== 'undefined') {
        if (data.notifiedAt instanceof Date) {
          entity.notifiedAt = data.notifiedAt;
        } else if (typeof data.notifiedAt === 'number' || data.notifiedAt.includes('+') || data.notifiedAt.lastIndexOf('-') > 10 || data.notifiedAt.endsWith('Z')) {
          entity.notifiedAt = new Date(data.notifiedAt);
        } else {
          entity.notifiedAt = new Date(data.notifiedAt + 'Z');
        }
      }
      if (data.mailed === null) {
        entity.mailed = null;
      } else if (typeof data.mailed !== 'undefined') {
        entity.mailed = !!data.mailed;
      }
      if (data.keptAt === null) {
        entity.keptAt = null;
      } else if (typeof data.keptAt !== 'undefined') {
        if (data.keptAt instanceof Date) {
          entity.keptAt = data.keptAt;
        } else if (typeof data.keptAt === 'number' || data.keptAt.includes('+') || data.keptAt.lastIndexOf('-') > 10 || data.keptAt.endsWith('Z')) {
          entity.keptAt = new Date(data.keptAt);
        } else {
          entity.keptAt = new Date(data.keptAt + 'Z');
        }
      }
      if (data.keptByUserId === null) {
        entity.keptByUserId = null;
      } else if (typeof data.keptByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_keptByUserId(data.keptByUserId);
          entity.keptByUserId = value;
        } else {
          entity.keptByUserId = data.keptByUserId;
        }
      }
      if (data.cancelledAt === null) {
        entity.cancelledAt = null;
      } else if (typeof data.cancelledAt !== 'undefined') {
        if (data.cancelledAt instanceof Date) {
          entity.cancelledAt = data.cancelledAt;
        } else if (typeof data.cancelledAt === 'number' || data.cancelledAt.includes('+') || data.cancelledAt.lastIndexOf('-') > 10 || data.cancelledAt.endsWith('Z')) {
          entity.cancelledAt = new Date(data.cancelledAt);
        } else {
          entity.cancelledAt = new Date(data.cancelledAt + 'Z');
        }
      }
      if (data.anonymisedAt === null) {
        entity.anonymisedAt = null;
      } else if (typeof data.anonymisedAt !== 'undefined') {
        if (data.anonymisedAt instanceof Date) {
          entity.anonymisedAt = data.anonymisedAt;
        } else if (typeof data.anonymisedAt === 'number' || data.anonymisedAt.includes('+') || data.anonymisedAt.lastIndexOf('-') > 10 || data.anonymisedAt.endsWith('Z')) {
          entity.anonymisedAt = new Date(data.anonymisedAt);
        } else {
          entity.anonymisedAt = new Date(data.anonymisedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-retention_notice_24000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity RetentionNotice
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.lastActivityOn === null && last.lastActivityOn === undefined) {
        diff.lastActivityOn = current.lastActivityOn;
      } else if (current.lastActivityOn == null && last.lastActivityOn == null) {
    
      } else if ((current.lastActivityOn != null && last.lastActivityOn == null) || (current.lastActivityOn == null && last.lastActivityOn != null)) {
        diff.lastActivityOn = current.lastActivityOn;
      } else if (last.lastActivityOn !== current.lastActivityOn) {
        diff.lastActivityOn = current.lastActivityOn;
      }
    
      if (current.anonymiseOn === null && last.anonymiseOn === undefined) {
        diff.anonymiseOn = current.anonymiseOn;
      } else if (current.anonymiseOn == null && last.anonymiseOn == null) {
    
      } else if ((current.anonymiseOn != null && last.anonymiseOn == null) || (current.anonymiseOn == null && last.anonymiseOn != null)) {
        diff.anonymiseOn = current.anonymiseOn;
      } else if (last.anonymiseOn !== current.anonymiseOn) {
        diff.anonymiseOn = current.anonymiseOn;
      }
    
      if (current.notifiedAt === null && last.notifiedAt === undefined) {
        diff.notifiedAt = current.notifiedAt;
      } else if (current.notifiedAt == null && last.notifiedAt == null) {
    
      } else if ((current.notifiedAt != null && last.notifiedAt == null) || (current.notifiedAt == null && last.notifiedAt != null)) {
        diff.notifiedAt = current.notifiedAt;
      } else if (last.notifiedAt.valueOf() !== current.notifiedAt.valueOf()) {
        diff.notifiedAt = current.notifiedAt;
      }
    
      if (current.mailed === null && last.mailed === undefined) {
        diff.mailed = current.mailed;
      } else if (current.mailed == null && last.mailed == null) {
    
      } else if ((current.mailed != null && last.mailed == null) || (current.mailed == null && last.mailed != null)) {
        diff.mailed = current.mailed;
      } else if (!compareBooleans(last.mailed, current.mailed)) {
        diff.mailed = current.mailed;
      }
    
      if (current.keptAt === null && last.keptAt === undefined) {
        diff.keptAt = current.keptAt;
      } else if (current.keptAt == null && last.keptAt == null) {
    
      } else if ((current.keptAt != null && last.keptAt == null) || (current.keptAt == null && last.keptAt != null)) {
        diff.keptAt = current.keptAt;
      } else if (last.keptAt.valueOf() !== current.keptAt.valueOf()) {
        diff.keptAt = current.keptAt;
      }
    
      if (current.keptByUserId === null && last.keptByUserId === undefined) {
        diff.keptByUserId = current.keptByUserId;
      } else if (current.keptByUserId == null && last.keptByUserId == null) {
    
      } else if ((current.keptByUserId != null && last.keptByUserId == null) || (current.keptByUserId == null && last.keptByUserId != null)) {
        diff.keptByUserId = current.keptByUserId;
      } else if (last.keptByUserId !== current.keptByUserId) {
        diff.keptByUserId = current.keptByUserId;
      }
    
      if (current.cancelledAt === null && last.cancelledAt === undefined) {
        diff.cancelledAt = current.cancelledAt;
      } else if (current.cancelledAt == null && last.cancelledAt == null) {
    
      } else if ((current.cancelledAt != null && last.cancelledAt == null) || (current.cancelledAt == null && last.cancelledAt != null)) {
        diff.cancelledAt = current.cancelledAt;
      } else if (last.cancelledAt.valueOf() !== current.cancelledAt.valueOf()) {
        diff.cancelledAt = current.cancelledAt;
      }
    
      if (current.anonymisedAt === null && last.anonymisedAt === undefined) {
        diff.anonymisedAt = current.anonymisedAt;
      } else if (current.anonymisedAt == null && last.anonymisedAt == null) {
    
      } else if ((current.anonymisedAt != null && last.anonymisedAt == null) || (current.anonymisedAt == null && last.anonymisedAt != null)) {
        diff.anonymisedAt = current.anonymisedAt;
      } else if (last.anonymisedAt.valueOf() !== current.anonymisedAt.valueOf()) {
        diff.anonymisedAt = current.anonymisedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-retention_notice_24000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_keptByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.lastActivityOn !== 'undefined') {
        ret.lastActivityOn = entity.lastActivityOn;
      }
    
      if (typeof entity.anonymiseOn !== 'undefined') {
        ret.anonymiseOn = entity.anonymiseOn;
      }
    
      if (typeof entity.notifiedAt !== 'undefined') {
        ret.notifiedAt = clone(processDateProperty(entity.notifiedAt));
      }
    
      if (typeof entity.mailed !== 'undefined') {
        ret.mailed = entity.mailed;
      }
    
      if (typeof entity.keptAt !== 'undefined') {
        ret.keptAt = clone(processDateProperty(entity.keptAt));
      }
    
      if (typeof entity.keptByUserId !== 'undefined') {
        ret.keptByUserId = convertToDatabaseValue_keptByUserId(entity.keptByUserId);
      }
    
      if (typeof entity.cancelledAt !== 'undefined') {
        ret.cancelledAt = clone(processDateProperty(entity.cancelledAt));
      }
    
      if (typeof entity.anonymisedAt !== 'undefined') {
        ret.anonymisedAt = clone(processDateProperty(entity.anonymisedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-retention_notice_24000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity RetentionNotice
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.last_activity_on !== 'undefined') {
        ret.lastActivityOn = result.last_activity_on;
        mapped.last_activity_on = true;
      }
      if (typeof result.anonymise_on !== 'undefined') {
        ret.anonymiseOn = result.anonymise_on;
        mapped.anonymise_on = true;
      }
      if (typeof result.notified_at !== 'undefined') {
        if (result.notified_at == null || result.notified_at instanceof Date) {
          ret.notifiedAt = result.notified_at;
        } else if (typeof result.notified_at === 'bigint') {
          ret.notifiedAt = parseDate(Number(result.notified_at));
        } else if (typeof result.notified_at === 'number' || result.notified_at.includes('+') || result.notified_at.lastIndexOf('-') > 10 || result.notified_at.endsWith('Z')) {
          ret.notifiedAt = parseDate(result.notified_at);
        } else {
          ret.notifiedAt = parseDate(result.notified_at + 'Z');
        }
        mapped.notified_at = true;
      }
      if (typeof result.mailed !== 'undefined') {
        ret.mailed = result.mailed == null ? result.mailed : !!result.mailed;
        mapped.mailed = true;
      }
      if (typeof result.kept_at !== 'undefined') {
        if (result.kept_at == null || result.kept_at instanceof Date) {
          ret.keptAt = result.kept_at;
        } else if (typeof result.kept_at === 'bigint') {
          ret.keptAt = parseDate(Number(result.kept_at));
        } else if (typeof result.kept_at === 'number' || result.kept_at.includes('+') || result.kept_at.lastIndexOf('-') > 10 || result.kept_at.endsWith('Z')) {
          ret.keptAt = parseDate(result.kept_at);
        } else {
          ret.keptAt = parseDate(result.kept_at + 'Z');
        }
        mapped.kept_at = true;
      }
      if (typeof result.kept_by_user_id !== 'undefined') {
        ret.keptByUserId = result.kept_by_user_id;
        mapped.kept_by_user_id = true;
      }
      if (typeof result.cancelled_at !== 'undefined') {
        if (result.cancelled_at == null || result.cancelled_at instanceof Date) {
          ret.cancelledAt = result.cancelled_at;
        } else if (typeof result.cancelled_at === 'bigint') {
          ret.cancelledAt = parseDate(Number(result.cancelled_at));
        } else if (typeof result.cancelled_at === 'number' || result.cancelled_at.includes('+') || result.cancelled_at.lastIndexOf('-') > 10 || result.cancelled_at.endsWith('Z')) {
          ret.cancelledAt = parseDate(result.cancelled_at);
        } else {
          ret.cancelledAt = parseDate(result.cancelled_at + 'Z');
        }
        mapped.cancelled_at = true;
      }
      if (typeof result.anonymised_at !== 'undefined') {
        if (result.anonymised_at == null || result.anonymised_at instanceof Date) {
          ret.anonymisedAt = result.anonymised_at;
        } else if (typeof result.anonymised_at === 'bigint') {
          ret.anonymisedAt = parseDate(Number(result.anonymised_at));
        } else if (typeof result.anonymised_at === 'number' || result.anonymised_at.includes('+') || result.anonymised_at.lastIndexOf('-') > 10 || result.anonymised_at.endsWith('Z')) {
          ret.anonymisedAt = parseDate(result.anonymised_at);
        } else {
          ret.anonymisedAt = parseDate(result.anonymised_at + 'Z');
        }
        mapped.anonymised_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-retention_notice_24000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity RetentionNotice ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-retention_notice_24000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity RetentionNotice ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-retention_notice_24000': function(isEntityOrRef) {
    // compiled pk getter for entity RetentionNotice
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-retention_notice_24000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity RetentionNotice
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-retention_notice_24000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity RetentionNotice
    return function(entity) {
      const val_14 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_14);
    }
  },
  'hydrator-reassessment_prompt_45000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_445, job_seeker_446, trajectory_placement_447, trajectory_placement_448, convertToJSValue_reasons, convertToDatabaseValue_reasons, convertToJSValue_levelChanges, convertToDatabaseValue_levelChanges) {
    // compiled hydrator for entity ReassessmentPrompt ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_445, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_446, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(trajectory_placement_447, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(trajectory_placement_448, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.reasons === null) {
        entity.reasons = null;
      } else if (typeof data.reasons !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_reasons(data.reasons);
          data.reasons = convertToDatabaseValue_reasons(value);
          entity.reasons = value;
        } else {
          entity.reasons = data.reasons;
        }
      }
      if (data.levelChanges === null) {
        entity.levelChanges = null;
      } else if (typeof data.levelChanges !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_levelChanges(data.levelChanges);
          data.levelChanges = convertToDatabaseValue_levelChanges(value);
          entity.levelChanges = value;
        } else {
          entity.levelChanges = data.levelChanges;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'hydrator-reassessment_prompt_45000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_454, job_seeker_455, trajectory_placement_456, trajectory_placement_457, convertToJSValue_reasons, convertToDatabaseValue_reasons, convertToJSValue_levelChanges, convertToDatabaseValue_levelChanges) {
    // compiled hydrator for entity ReassessmentPrompt ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_454, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_455, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(trajectory_placement_456, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(trajectory_placement_457, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.reasons === null) {
        entity.reasons = null;
      } else if (typeof data.reasons !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_reasons(data.reasons);
          data.reasons = convertToDatabaseValue_reasons(value);
          entity.reasons = value;
        } else {
          entity.reasons = data.reasons;
        }
      }
      if (data.levelChanges === null) {
        entity.levelChanges = null;
      } else if (typeof data.levelChanges !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_levelChanges(data.levelChanges);
          data.levelChanges = convertToDatabaseValue_levelChanges(value);
          entity.levelChanges = value;
        } else {
          entity.levelChanges = data.levelChanges;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'comparator-reassessment_prompt_45000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ReassessmentPrompt
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.reasons === null && last.reasons === undefined) {
        diff.reasons = current.reasons;
      } else if (current.reasons == null && last.reasons == null) {
    
      } else if ((current.reasons != null && last.reasons == null) || (current.reasons == null && last.reasons != null)) {
        diff.reasons = current.reasons;
      } else if (!equals(last.reasons, current.reasons)) {
        diff.reasons = current.reasons;
      }
    
      if (current.levelChanges === null && last.levelChanges === undefined) {
        diff.levelChanges = current.levelChanges;
      } else if (current.levelChanges == null && last.levelChanges == null) {
    
      } else if ((current.levelChanges != null && last.levelChanges == null) || (current.levelChanges == null && last.levelChanges != null)) {
        diff.levelChanges = current.levelChanges;
      } else if (!equals(last.levelChanges, current.levelChanges)) {
        diff.levelChanges = current.levelChanges;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-reassessment_prompt_45000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_reasons, convertToDatabaseValue_levelChanges, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.reasons !== 'undefined') {
        ret.reasons = clone(convertToDatabaseValue_reasons(entity.reasons));
      }
    
      if (typeof entity.levelChanges !== 'undefined') {
        ret.levelChanges = clone(convertToDatabaseValue_levelChanges(entity.levelChanges));
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-reassessment_prompt_45000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ReassessmentPrompt
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.reasons !== 'undefined') {
        ret.reasons = result.reasons;
        mapped.reasons = true;
      }
      if (typeof result.level_changes !== 'undefined') {
        ret.levelChanges = result.level_changes;
        mapped.level_changes = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-reassessment_prompt_45000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ReassessmentPrompt ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-reassessment_prompt_45000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ReassessmentPrompt ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-reassessment_prompt_45000': function(isEntityOrRef) {
    // compiled pk getter for entity ReassessmentPrompt
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-reassessment_prompt_45000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ReassessmentPrompt
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-reassessment_prompt_45000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ReassessmentPrompt
    return function(entity) {
      const val_15 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_15);
    }
  },
  'hydrator-placement_support_note_37000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_465, placement_466, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity PlacementSupportNote ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_465, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_466, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
    }
  },
  'hydrator-placement_support_note_37000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_471, placement_472, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity PlacementSupportNote ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_471, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_472, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
    }
  },
  'comparator-placement_support_note_37000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity PlacementSupportNote
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.note === null && last.note === undefined) {
        diff.note = current.note;
      } else if (current.note == null && last.note == null) {
    
      } else if ((current.note != null && last.note == null) || (current.note == null && last.note != null)) {
        diff.note = current.note;
      } else if (!equals(last.note, current.note)) {
        diff.note = current.note;
      }
    
      if (current.recordedByUserId === null && last.recordedByUserId === undefined) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (current.recordedByUserId == null && last.recordedByUserId == null) {
    
      } else if ((current.recordedByUserId != null && last.recordedByUserId == null) || (current.recordedByUserId == null && last.recordedByUserId != null)) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (last.recordedByUserId !== current.recordedByUserId) {
        diff.recordedByUserId = current.recordedByUserId;
      }
    
      if (current.recordedAt === null && last.recordedAt === undefined) {
        diff.recordedAt = current.recordedAt;
      } else if (current.recordedAt == null && last.recordedAt == null) {
    
      } else if ((current.recordedAt != null && last.recordedAt == null) || (current.recordedAt == null && last.recordedAt != null)) {
        diff.recordedAt = current.recordedAt;
      } else if (last.recordedAt.valueOf() !== current.recordedAt.valueOf()) {
        diff.recordedAt = current.recordedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-placement_support_note_37000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_recordedByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.note !== 'undefined') {
        ret.note = clone(entity.note);
      }
    
      if (typeof entity.recordedByUserId !== 'undefined') {
        ret.recordedByUserId = convertToDatabaseValue_recordedByUserId(entity.recordedByUserId);
      }
    
      if (typeof entity.recordedAt !== 'undefined') {
        ret.recordedAt = clone(processDateProperty(entity.recordedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-placement_support_note_37000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity PlacementSupportNote
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.note !== 'undefined') {
        ret.note = result.note;
        mapped.note = true;
      }
      if (typeof result.recorded_by_user_id !== 'undefined') {
        ret.recordedByUserId = result.recorded_by_user_id;
        mapped.recorded_by_user_id = true;
      }
      if (typeof result.recorded_at !== 'undefined') {
        if (result.recorded_at == null || result.recorded_at instanceof Date) {
          ret.recordedAt = result.recorded_at;
        } else if (typeof result.recorded_at === 'bigint') {
          ret.recordedAt = parseDate(Number(result.recorded_at));
        } else if (typeof result.recorded_at === 'number' || result.recorded_at.includes('+') || result.recorded_at.lastIndexOf('-') > 10 || result.recorded_at.endsWith('Z')) {
          ret.recordedAt = parseDate(result.recorded_at);
        } else {
          ret.recordedAt = parseDate(result.recorded_at + 'Z');
        }
        mapped.recorded_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-placement_support_note_37000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementSupportNote ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-placement_support_note_37000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementSupportNote ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-placement_support_note_37000': function(isEntityOrRef) {
    // compiled pk getter for entity PlacementSupportNote
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-placement_support_note_37000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity PlacementSupportNote
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-placement_support_note_37000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity PlacementSupportNote
    return function(entity) {
      const val_16 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_16);
    }
  },
  'hydrator-placement_hours_change_35000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_479, placement_480, convertToJSValue_steps, convertToDatabaseValue_steps, convertToJSValue_changedByUserId, convertToDatabaseValue_changedByUserId) {
    // compiled hydrator for entity PlacementHoursChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_479, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_480, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.steps === null) {
        entity.steps = null;
      } else if (typeof data.steps !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_steps(data.steps);
          data.steps = convertToDatabaseValue_steps(value);
          entity.steps = value;
        } else {
          entity.steps = data.steps;
        }
      }
      if (data.contractHoursPerWeek === null) {
        entity.contractHoursPerWeek = null;
      } else if (typeof data.contractHoursPerWeek !== 'undefined') {
        entity.contractHoursPerWeek = data.contractHoursPerWeek;
      }
      if (data.reason === null) {
        entity.reason = null;
      } else if (typeof data.reason !== 'undefined') {
        entity.reason = data.reason;
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
      if (data.changedByUserId === null) {
        entity.changedByUserId = null;
      } else if (typeof data.changedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_changedByUserId(data.changedByUserId);
          entity.changedByUserId = value;
        } else {
          entity.changedByUserId = data.changedByUserId;
        }
      }
    }
  },
  'hydrator-placement_hours_change_35000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_487, placement_488, convertToJSValue_steps, convertToDatabaseValue_steps, convertToJSValue_changedByUserId, convertToDatabaseValue_changedByUserId) {
    // compiled hydrator for entity PlacementHoursChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_487, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_488, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.steps === null) {
        entity.steps = null;
      } else if (typeof data.steps !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_steps(data.steps);
          data.steps = convertToDatabaseValue_steps(value);
          entity.steps = value;
        } else {
          entity.steps = data.steps;
        }
      }
      if (data.contractHoursPerWeek === null) {
        entity.contractHoursPerWeek = null;
      } else if (typeof data.contractHoursPerWeek !== 'undefined') {
        entity.contractHoursPerWeek = data.contractHoursPerWeek;
      }
      if (data.reason === null) {
        entity.reason = null;
      } else if (typeof data.reason !== 'undefined') {
        entity.reason = data.reason;
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
      if (data.changedByUserId === null) {
        entity.changedByUserId = null;
      } else if (typeof data.changedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_changedByUserId(data.changedByUserId);
          entity.changedByUserId = value;
        } else {
          entity.changedByUserId = data.changedByUserId;
        }
      }
    }
  },
  'comparator-placement_hours_change_35000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity PlacementHoursChange
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.steps === null && last.steps === undefined) {
        diff.steps = current.steps;
      } else if (current.steps == null && last.steps == null) {
    
      } else if ((current.steps != null && last.steps == null) || (current.steps == null && last.steps != null)) {
        diff.steps = current.steps;
      } else if (!equals(last.steps, current.steps)) {
        diff.steps = current.steps;
      }
    
      if (current.contractHoursPerWeek === null && last.contractHoursPerWeek === undefined) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      } else if (current.contractHoursPerWeek == null && last.contractHoursPerWeek == null) {
    
      } else if ((current.contractHoursPerWeek != null && last.contractHoursPerWeek == null) || (current.contractHoursPerWeek == null && last.contractHoursPerWeek != null)) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      } else if (!equals(last.contractHoursPerWeek, current.contractHoursPerWeek)) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      }
    
      if (current.reason === null && last.reason === undefined) {
        diff.reason = current.reason;
      } else if (current.reason == null && last.reason == null) {
    
      } else if ((current.reason != null && last.reason == null) || (current.reason == null && last.reason != null)) {
        diff.reason = current.reason;
      } else if (!equals(last.reason, current.reason)) {
        diff.reason = current.reason;
      }
    
      if (current.changedAt === null && last.changedAt === undefined) {
        diff.changedAt = current.changedAt;
      } else if (current.changedAt == null && last.changedAt == null) {
    
      } else if ((current.changedAt != null && last.changedAt == null) || (current.changedAt == null && last.changedAt != null)) {
        diff.changedAt = current.changedAt;
      } else if (last.changedAt.valueOf() !== current.changedAt.valueOf()) {
        diff.changedAt = current.changedAt;
      }
    
      if (current.changedByUserId === null && last.changedByUserId === undefined) {
        diff.changedByUserId = current.changedByUserId;
      } else if (current.changedByUserId == null && last.changedByUserId == null) {
    
      } else if ((current.changedByUserId != null && last.changedByUserId == null) || (current.changedByUserId == null && last.changedByUserId != null)) {
        diff.changedByUserId = current.changedByUserId;
      } else if (last.changedByUserId !== current.changedByUserId) {
        diff.changedByUserId = current.changedByUserId;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-placement_hours_change_35000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_steps, processDateProperty, convertToDatabaseValue_changedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.steps !== 'undefined') {
        ret.steps = clone(convertToDatabaseValue_steps(entity.steps));
      }
    
      if (typeof entity.contractHoursPerWeek !== 'undefined') {
        ret.contractHoursPerWeek = clone(entity.contractHoursPerWeek);
      }
    
      if (typeof entity.reason !== 'undefined') {
        ret.reason = clone(entity.reason);
      }
    
      if (typeof entity.changedAt !== 'undefined') {
        ret.changedAt = clone(processDateProperty(entity.changedAt));
      }
    
      if (typeof entity.changedByUserId !== 'undefined') {
        ret.changedByUserId = convertToDatabaseValue_changedByUserId(entity.changedByUserId);
      }
    
      return ret;
    }
  },
  'resultMapper-placement_hours_change_35000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity PlacementHoursChange
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.steps !== 'undefined') {
        ret.steps = result.steps;
        mapped.steps = true;
      }
      if (typeof result.contract_hours_per_week !== 'undefined') {
        ret.contractHoursPerWeek = result.contract_hours_per_week;
        mapped.contract_hours_per_week = true;
      }
      if (typeof result.reason !== 'undefined') {
        ret.reason = result.reason;
        mapped.reason = true;
      }
      if (typeof result.changed_at !== 'undefined') {
        if (result.changed_at == null || result.changed_at instanceof Date) {
          ret.changedAt = result.changed_at;
        } else if (typeof result.changed_at === 'bigint') {
          ret.changedAt = parseDate(Number(result.changed_at));
        } else if (typeof result.changed_at === 'number' || result.changed_at.includes('+') || result.changed_at.lastIndexOf('-') > 10 || result.changed_at.endsWith('Z')) {
          ret.changedAt = parseDate(result.changed_at);
        } else {
          ret.changedAt = parseDate(result.changed_at + 'Z');
        }
        mapped.changed_at = true;
      }
      if (typeof result.changed_by_user_id !== 'undefined') {
        ret.changedByUserId = result.changed_by_user_id;
        mapped.changed_by_user_id = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-placement_hours_change_35000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementHoursChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-placement_hours_change_35000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementHoursChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-placement_hours_change_35000': function(isEntityOrRef) {
    // compiled pk getter for entity PlacementHoursChange
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-placement_hours_change_35000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity PlacementHoursChange
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-placement_hours_change_35000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity PlacementHoursChange
    return function(entity) {
      const val_17 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_17);
    }
  },
  'hydrator-placement_check_in_36000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_497, placement_498, convertToJSValue_agreedActions, convertToDatabaseValue_agreedActions, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity PlacementCheckIn ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_497, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_498, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.date === null) {
        entity.date = null;
      } else if (typeof data.date !== 'undefined') {
        entity.date = data.date;
      }
      if (data.report === null) {
        entity.report = null;
      } else if (typeof data.report !== 'undefined') {
        entity.report = data.report;
      }
      if (data.howItsGoing === null) {
        entity.howItsGoing = null;
      } else if (typeof data.howItsGoing !== 'undefined') {
        entity.howItsGoing = data.howItsGoing;
      }
      if (data.agreedActions === null) {
        entity.agreedActions = null;
      } else if (typeof data.agreedActions !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_agreedActions(data.agreedActions);
          data.agreedActions = convertToDatabaseValue_agreedActions(value);
          entity.agreedActions = value;
        } else {
          entity.agreedActions = data.agreedActions;
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
    }
  },
  'hydrator-placement_check_in_36000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_507, placement_508, convertToJSValue_agreedActions, convertToDatabaseValue_agreedActions, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity PlacementCheckIn ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_507, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_508, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.date === null) {
        entity.date = null;
      } else if (typeof data.date !== 'undefined') {
        entity.date = data.date;
      }
      if (data.report === null) {
        entity.report = null;
      } else if (typeof data.report !== 'undefined') {
        entity.report = data.report;
      }
      if (data.howItsGoing === null) {
        entity.howItsGoing = null;
      } else if (typeof data.howItsGoing !== 'undefined') {
        entity.howItsGoing = data.howItsGoing;
      }
      if (data.agreedActions === null) {
        entity.agreedActions = null;
      } else if (typeof data.agreedActions !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_agreedActions(data.agreedActions);
          data.agreedActions = convertToDatabaseValue_agreedActions(value);
          entity.agreedActions = value;
        } else {
          entity.agreedActions = data.agreedActions;
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
    }
  },
  'comparator-placement_check_in_36000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity PlacementCheckIn
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.kind === null && last.kind === undefined) {
        diff.kind = current.kind;
      } else if (current.kind == null && last.kind == null) {
    
      } else if ((current.kind != null && last.kind == null) || (current.kind == null && last.kind != null)) {
        diff.kind = current.kind;
      } else if (last.kind !== current.kind) {
        diff.kind = current.kind;
      }
    
      if (current.date === null && last.date === undefined) {
        diff.date = current.date;
      } else if (current.date == null && last.date == null) {
    
      } else if ((current.date != null && last.date == null) || (current.date == null && last.date != null)) {
        diff.date = current.date;
      } else if (last.date !== current.date) {
        diff.date = current.date;
      }
    
      if (current.report === null && last.report === undefined) {
        diff.report = current.report;
      } else if (current.report == null && last.report == null) {
    
      } else if ((current.report != null && last.report == null) || (current.report == null && last.report != null)) {
        diff.report = current.report;
      } else if (!equals(last.report, current.report)) {
        diff.report = current.report;
      }
    
      if (current.howItsGoing === null && last.howItsGoing === undefined) {
        diff.howItsGoing = current.howItsGoing;
      } else if (current.howItsGoing == null && last.howItsGoing == null) {
    
      } else if ((current.howItsGoing != null && last.howItsGoing == null) || (current.howItsGoing == null && last.howItsGoing != null)) {
        diff.howItsGoing = current.howItsGoing;
      } else if (last.howItsGoing !== current.howItsGoing) {
        diff.howItsGoing = current.howItsGoing;
      }
    
      if (current.agreedActions === null && last.agreedActions === undefined) {
        diff.agreedActions = current.agreedActions;
      } else if (current.agreedActions == null && last.agreedActions == null) {
    
      } else if ((current.agreedActions != null && last.agreedActions == null) || (current.agreedActions == null && last.agreedActions != null)) {
        diff.agreedActions = current.agreedActions;
      } else if (!equals(last.agreedActions, current.agreedActions)) {
        diff.agreedActions = current.agreedActions;
      }
    
      if (current.recordedByUserId === null && last.recordedByUserId === undefined) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (current.recordedByUserId == null && last.recordedByUserId == null) {
    
      } else if ((current.recordedByUserId != null && last.recordedByUserId == null) || (current.recordedByUserId == null && last.recordedByUserId != null)) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (last.recordedByUserId !== current.recordedByUserId) {
        diff.recordedByUserId = current.recordedByUserId;
      }
    
      if (current.recordedAt === null && last.recordedAt === undefined) {
        diff.recordedAt = current.recordedAt;
      } else if (current.recordedAt == null && last.recordedAt == null) {
    
      } else if ((current.recordedAt != null && last.recordedAt == null) || (current.recordedAt == null && last.recordedAt != null)) {
        diff.recordedAt = current.recordedAt;
      } else if (last.recordedAt.valueOf() !== current.recordedAt.valueOf()) {
        diff.recordedAt = current.recordedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-placement_check_in_36000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_agreedActions, convertToDatabaseValue_recordedByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.kind !== 'undefined') {
        ret.kind = entity.kind;
      }
    
      if (typeof entity.date !== 'undefined') {
        ret.date = entity.date;
      }
    
      if (typeof entity.report !== 'undefined') {
        ret.report = clone(entity.report);
      }
    
      if (typeof entity.howItsGoing !== 'undefined') {
        ret.howItsGoing = entity.howItsGoing;
      }
    
      if (typeof entity.agreedActions !== 'undefined') {
        ret.agreedActions = clone(convertToDatabaseValue_agreedActions(entity.agreedActions));
      }
    
      if (typeof entity.recordedByUserId !== 'undefined') {
        ret.recordedByUserId = convertToDatabaseValue_recordedByUserId(entity.recordedByUserId);
      }
    
      if (typeof entity.recordedAt !== 'undefined') {
        ret.recordedAt = clone(processDateProperty(entity.recordedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-placement_check_in_36000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity PlacementCheckIn
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.kind !== 'undefined') {
        ret.kind = result.kind;
        mapped.kind = true;
      }
      if (typeof result.date !== 'undefined') {
        ret.date = result.date;
        mapped.date = true;
      }
      if (typeof result.report !== 'undefined') {
        ret.report = result.report;
        mapped.report = true;
      }
      if (typeof result.how_its_going !== 'undefined') {
        ret.howItsGoing = result.how_its_going;
        mapped.how_its_going = true;
      }
      if (typeof result.agreed_actions !== 'undefined') {
        ret.agreedActions = result.agreed_actions;
        mapped.agreed_actions = true;
      }
      if (typeof result.recorded_by_user_id !== 'undefined') {
        ret.recordedByUserId = result.recorded_by_user_id;
        mapped.recorded_by_user_id = true;
      }
      if (typeof result.recorded_at !== 'undefined') {
        if (result.recorded_at == null || result.recorded_at instanceof Date) {
          ret.recordedAt = result.recorded_at;
        } else if (typeof result.recorded_at === 'bigint') {
          ret.recordedAt = parseDate(Number(result.recorded_at));
        } else if (typeof result.recorded_at === 'number' || result.recorded_at.includes('+') || result.recorded_at.lastIndexOf('-') > 10 || result.recorded_at.endsWith('Z')) {
          ret.recordedAt = parseDate(result.recorded_at);
        } else {
          ret.recordedAt = parseDate(result.recorded_at + 'Z');
        }
        mapped.recorded_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-placement_check_in_36000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementCheckIn ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-placement_check_in_36000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity PlacementCheckIn ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-placement_check_in_36000': function(isEntityOrRef) {
    // compiled pk getter for entity PlacementCheckIn
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-placement_check_in_36000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity PlacementCheckIn
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-placement_check_in_36000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity PlacementCheckIn
    return function(entity) {
      const val_18 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_18);
    }
  },
  'hydrator-placement_34000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_519, job_seeker_520, organisation_521, organisation_522, vacancy_523, vacancy_524, convertToJSValue_candidacyId, convertToDatabaseValue_candidacyId, convertToJSValue_pay, convertToDatabaseValue_pay, app_user_535, app_user_536, app_user_537, app_user_538, app_user_539, app_user_540, convertToJSValue_hoursBuildUp, convertToDatabaseValue_hoursBuildUp, convertToJSValue_absences, convertToDatabaseValue_absences, convertToJSValue_endedByUserId, convertToDatabaseValue_endedByUserId, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity Placement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_519, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_520, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_521, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_522, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_523, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_524, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.candidacyId === null) {
        entity.candidacyId = null;
      } else if (typeof data.candidacyId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_candidacyId(data.candidacyId);
          entity.candidacyId = value;
        } else {
          entity.candidacyId = data.candidacyId;
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.startDate === null) {
        entity.startDate = null;
      } else if (typeof data.startDate !== 'undefined') {
        entity.startDate = data.startDate;
      }
      if (data.contractType === null) {
        entity.contractType = null;
      } else if (typeof data.contractType !== 'undefined') {
        entity.contractType = data.contractType;
      }
      if (data.contractDurationMonths === null) {
        entity.contractDurationMonths = null;
      } else if (typeof data.contractDurationMonths !== 'undefined') {
        entity.contractDurationMonths = data.contractDurationMonths;
      }
      if (data.contractHoursPerWeek === null) {
        entity.contractHoursPerWeek = null;
      } else if (typeof data.contractHoursPerWeek !== 'undefined') {
        entity.contractHoursPerWeek = data.contractHoursPerWeek;
      }
      if (data.zeroHoursContract === null) {
        entity.zeroHoursContract = null;
      } else if (typeof data.zeroHoursContract !== 'undefined') {
        entity.zeroHoursContract = !!data.zeroHoursContract;
      }
      if (data.paid === null) {
        entity.paid = null;
      } else if (typeof data.paid !== 'undefined') {
        entity.paid = !!data.paid;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.pay === null) {
        entity.pay = null;
      } else if (typeof data.pay !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_pay(data.pay);
          data.pay = convertToDatabaseValue_pay(value);
          entity.pay = value;
        } else {
          entity.pay = data.pay;
        }
      }
      if (data.mentor === null) {
        entity.mentor = null;
      } else if (typeof data.mentor !== 'undefined') {
        if (isPrimaryKey(data.mentor, true)) {
          entity.mentor = factory.createReference(app_user_535, data.mentor, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.mentor && typeof data.mentor === 'object') {
          entity.mentor = factory.create(app_user_536, data.mentor, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.manager === null) {
        entity.manager = null;
      } else if (typeof data.manager !== 'undefined') {
        if (isPrimaryKey(data.manager, true)) {
          entity.manager = factory.createReference(app_user_537, data.manager, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.manager && typeof data.manager === 'object') {
          entity.manager = factory.create(app_user_538, data.manager, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoach === null) {
        entity.lifecoach = null;
      } else if (typeof data.lifecoach !== 'undefined') {
        if (isPrimaryKey(data.lifecoach, true)) {
          entity.lifecoach = factory.createReference(app_user_539, data.lifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.lifecoach && typeof data.lifecoach === 'object') {
          entity.lifecoach = factory.create(app_user_540, data.lifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.hoursBuildUp === null) {
        entity.hoursBuildUp = null;
      } else if (typeof data.hoursBuildUp !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_hoursBuildUp(data.hoursBuildUp);
          data.hoursBuildUp = convertToDatabaseValue_hoursBuildUp(value);
          entity.hoursBuildUp = value;
        } else {
          entity.hoursBuildUp = data.hoursBuildUp;
        }
      }
      if (data.absences === null) {
        entity.absences = null;
      } else if (typeof data.absences !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_absences(data.absences);
          data.absences = convertToDatabaseValue_absences(value);
          entity.absences = value;
        } else {
          entity.absences = data.absences;
        }
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.convertedOn === null) {
        entity.convertedOn = null;
      } else if (typeof data.convertedOn !== 'undefined') {
        entity.convertedOn = data.convertedOn;
      }
      if (data.endDate === null) {
        entity.endDate = null;
      } else if (typeof data.endDate !== 'undefined') {
        entity.endDate = data.endDate;
      }
      if (data.endReason === null) {
        entity.endReason = null;
      } else if (typeof data.endReason !== 'undefined') {
        entity.endReason = data.endReason;
      }
      if (data.endNote === null) {
        entity.endNote = null;
      } else if (typeof data.endNote !== 'undefined') {
        entity.endNote = data.endNote;
      }
      if (data.endedBySide === null) {
        entity.endedBySide = null;
      } else if (typeof data.endedBySide !== 'undefined') {
        entity.endedBySide = data.endedBySide;
      }
      if (data.endedByUserId === null) {
        entity.endedByUserId = null;
      } else if (typeof data.endedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_endedByUserId(data.endedByUserId);
          entity.endedByUserId = value;
        } else {
          entity.endedByUserId = data.endedByUserId;
        }
      }
      if (data.returnsToProgramme === null) {
        entity.returnsToProgramme = null;
      } else if (typeof data.returnsToProgramme !== 'undefined') {
        entity.returnsToProgramme = !!data.returnsToProgramme;
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-placement_34000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_556, job_seeker_557, organisation_558, organisation_559, vacancy_560, vacancy_561, convertToJSValue_candidacyId, convertToDatabaseValue_candidacyId, convertToJSValue_pay, convertToDatabaseValue_pay, app_user_572, app_user_573, app_user_574, app_user_575, app_user_576, app_user_577, convertToJSValue_hoursBuildUp, convertToDatabaseValue_hoursBuildUp, convertToJSValue_absences, convertToDatabaseValue_absences, convertToJSValue_endedByUserId, convertToDatabaseValue_endedByUserId, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity Placement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_556, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_557, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_558, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_559, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_560, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_561, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.candidacyId === null) {
        entity.candidacyId = null;
      } else if (typeof data.candidacyId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_candidacyId(data.candidacyId);
          entity.candidacyId = value;
        } else {
          entity.candidacyId = data.candidacyId;
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.startDate === null) {
        entity.startDate = null;
      } else if (typeof data.startDate !== 'undefined') {
        entity.startDate = data.startDate;
      }
      if (data.contractType === null) {
        entity.contractType = null;
      } else if (typeof data.contractType !== 'undefined') {
        entity.contractType = data.contractType;
      }
      if (data.contractDurationMonths === null) {
        entity.contractDurationMonths = null;
      } else if (typeof data.contractDurationMonths !== 'undefined') {
        entity.contractDurationMonths = data.contractDurationMonths;
      }
      if (data.contractHoursPerWeek === null) {
        entity.contractHoursPerWeek = null;
      } else if (typeof data.contractHoursPerWeek !== 'undefined') {
        entity.contractHoursPerWeek = data.contractHoursPerWeek;
      }
      if (data.zeroHoursContract === null) {
        entity.zeroHoursContract = null;
      } else if (typeof data.zeroHoursContract !== 'undefined') {
        entity.zeroHoursContract = !!data.zeroHoursContract;
      }
      if (data.paid === null) {
        entity.paid = null;
      } else if (typeof data.paid !== 'undefined') {
        entity.paid = !!data.paid;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.pay === null) {
        entity.pay = null;
      } else if (typeof data.pay !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_pay(data.pay);
          data.pay = convertToDatabaseValue_pay(value);
          entity.pay = value;
        } else {
          entity.pay = data.pay;
        }
      }
      if (data.mentor === null) {
        entity.mentor = null;
      } else if (typeof data.mentor !== 'undefined') {
        if (isPrimaryKey(data.mentor, true)) {
          entity.mentor = factory.createReference(app_user_572, data.mentor, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.mentor && typeof data.mentor === 'object') {
          entity.mentor = factory.create(app_user_573, data.mentor, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.manager === null) {
        entity.manager = null;
      } else if (typeof data.manager !== 'undefined') {
        if (isPrimaryKey(data.manager, true)) {
          entity.manager = factory.createReference(app_user_574, data.manager, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.manager && typeof data.manager === 'object') {
          entity.manager = factory.create(app_user_575, data.manager, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoach === null) {
        entity.lifecoach = null;
      } else if (typeof data.lifecoach !== 'undefined') {
        if (isPrimaryKey(data.lifecoach, true)) {
          entity.lifecoach = factory.createReference(app_user_576, data.lifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.lifecoach && typeof data.lifecoach === 'object') {
          entity.lifecoach = factory.create(app_user_577, data.lifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.hoursBuildUp === null) {
        entity.hoursBuildUp = null;
      } else if (typeof data.hoursBuildUp !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_hoursBuildUp(data.hoursBuildUp);
          data.hoursBuildUp = convertToDatabaseValue_hoursBuildUp(value);
          entity.hoursBuildUp = value;
        } else {
          entity.hoursBuildUp = data.hoursBuildUp;
        }
      }
      if (data.absences === null) {
        entity.absences = null;
      } else if (typeof data.absences !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_absences(data.absences);
          data.absences = convertToDatabaseValue_absences(value);
          entity.absences = value;
        } else {
          entity.absences = data.absences;
        }
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.convertedOn === null) {
        entity.convertedOn = null;
      } else if (typeof data.convertedOn !== 'undefined') {
        entity.convertedOn = data.convertedOn;
      }
      if (data.endDate === null) {
        entity.endDate = null;
      } else if (typeof data.endDate !== 'undefined') {
        entity.endDate = data.endDate;
      }
      if (data.endReason === null) {
        entity.endReason = null;
      } else if (typeof data.endReason !== 'undefined') {
        entity.endReason = data.endReason;
      }
      if (data.endNote === null) {
        entity.endNote = null;
      } else if (typeof data.endNote !== 'undefined') {
        entity.endNote = data.endNote;
      }
      if (data.endedBySide === null) {
        entity.endedBySide = null;
      } else if (typeof data.endedBySide !== 'undefined') {
        entity.endedBySide = data.endedBySide;
      }
      if (data.endedByUserId === null) {
        entity.endedByUserId = null;
      } else if (typeof data.endedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_endedByUserId(data.endedByUserId);
          entity.endedByUserId = value;
        } else {
          entity.endedByUserId = data.endedByUserId;
        }
      }
      if (data.returnsToProgramme === null) {
        entity.returnsToProgramme = null;
      } else if (typeof data.returnsToProgramme !== 'undefined') {
        entity.returnsToProgramme = !!data.returnsToProgramme;
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-placement_34000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity Placement
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.vacancy === null && last.vacancy === undefined) {
        diff.vacancy = current.vacancy;
      } else if (current.vacancy == null && last.vacancy == null) {
    
      } else if ((current.vacancy != null && last.vacancy == null) || (current.vacancy == null && last.vacancy != null)) {
        diff.vacancy = current.vacancy;
      } else if (last.vacancy !== current.vacancy) {
        diff.vacancy = current.vacancy;
      }
    
      if (current.candidacyId === null && last.candidacyId === undefined) {
        diff.candidacyId = current.candidacyId;
      } else if (current.candidacyId == null && last.candidacyId == null) {
    
      } else if ((current.candidacyId != null && last.candidacyId == null) || (current.candidacyId == null && last.candidacyId != null)) {
        diff.candidacyId = current.candidacyId;
      } else if (last.candidacyId !== current.candidacyId) {
        diff.candidacyId = current.candidacyId;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.startDate === null && last.startDate === undefined) {
        diff.startDate = current.startDate;
      } else if (current.startDate == null && last.startDate == null) {
    
      } else if ((current.startDate != null && last.startDate == null) || (current.startDate == null && last.startDate != null)) {
        diff.startDate = current.startDate;
      } else if (last.startDate !== current.startDate) {
        diff.startDate = current.startDate;
      }
    
      if (current.contractType === null && last.contractType === undefined) {
        diff.contractType = current.contractType;
      } else if (current.contractType == null && last.contractType == null) {
    
      } else if ((current.contractType != null && last.contractType == null) || (current.contractType == null && last.contractType != null)) {
        diff.contractType = current.contractType;
      } else if (last.contractType !== current.contractType) {
        diff.contractType = current.contractType;
      }
    
      if (current.contractDurationMonths === null && last.contractDurationMonths === undefined) {
        diff.contractDurationMonths = current.contractDurationMonths;
      } else if (current.contractDurationMonths == null && last.contractDurationMonths == null) {
    
      } else if ((current.contractDurationMonths != null && last.contractDurationMonths == null) || (current.contractDurationMonths == null && last.contractDurationMonths != null)) {
        diff.contractDurationMonths = current.contractDurationMonths;
      } else if (!equals(last.contractDurationMonths, current.contractDurationMonths)) {
        diff.contractDurationMonths = current.contractDurationMonths;
      }
    
      if (current.contractHoursPerWeek === null && last.contractHoursPerWeek === undefined) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      } else if (current.contractHoursPerWeek == null && last.contractHoursPerWeek == null) {
    
      } else if ((current.contractHoursPerWeek != null && last.contractHoursPerWeek == null) || (current.contractHoursPerWeek == null && last.contractHoursPerWeek != null)) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      } else if (!equals(last.contractHoursPerWeek, current.contractHoursPerWeek)) {
        diff.contractHoursPerWeek = current.contractHoursPerWeek;
      }
    
      if (current.zeroHoursContract === null && last.zeroHoursContract === undefined) {
        diff.zeroHoursContract = current.zeroHoursContract;
      } else if (current.zeroHoursContract == null && last.zeroHoursContract == null) {
    
      } else if ((current.zeroHoursContract != null && last.zeroHoursContract == null) || (current.zeroHoursContract == null && last.zeroHoursContract != null)) {
        diff.zeroHoursContract = current.zeroHoursContract;
      } else if (!compareBooleans(last.zeroHoursContract, current.zeroHoursContract)) {
        diff.zeroHoursContract = current.zeroHoursContract;
      }
    
      if (current.paid === null && last.paid === undefined) {
        diff.paid = current.paid;
      } else if (current.paid == null && last.paid == null) {
    
      } else if ((current.paid != null && last.paid == null) || (current.paid == null && last.paid != null)) {
        diff.paid = current.paid;
      } else if (!compareBooleans(last.paid, current.paid)) {
        diff.paid = current.paid;
      }
    
      if (current.underCao === null && last.underCao === undefined) {
        diff.underCao = current.underCao;
      } else if (current.underCao == null && last.underCao == null) {
    
      } else if ((current.underCao != null && last.underCao == null) || (current.underCao == null && last.underCao != null)) {
        diff.underCao = current.underCao;
      } else if (!compareBooleans(last.underCao, current.underCao)) {
        diff.underCao = current.underCao;
      }
    
      if (current.pay === null && last.pay === undefined) {
        diff.pay = current.pay;
      } else if (current.pay == null && last.pay == null) {
    
      } else if ((current.pay != null && last.pay == null) || (current.pay == null && last.pay != null)) {
        diff.pay = current.pay;
      } else if (!equals(last.pay, current.pay)) {
        diff.pay = current.pay;
      }
    
      if (current.mentor === null && last.mentor === undefined) {
        diff.mentor = current.mentor;
      } else if (current.mentor == null && last.mentor == null) {
    
      } else if ((current.mentor != null && last.mentor == null) || (current.mentor == null && last.mentor != null)) {
        diff.mentor = current.mentor;
      } else if (last.mentor !== current.mentor) {
        diff.mentor = current.mentor;
      }
    
      if (current.manager === null && last.manager === undefined) {
        diff.manager = current.manager;
      } else if (current.manager == null && last.manager == null) {
    
      } else if ((current.manager != null && last.manager == null) || (current.manager == null && last.manager != null)) {
        diff.manager = current.manager;
      } else if (last.manager !== current.manager) {
        diff.manager = current.manager;
      }
    
      if (current.lifecoach === null && last.lifecoach === undefined) {
        diff.lifecoach = current.lifecoach;
      } else if (current.lifecoach == null && last.lifecoach == null) {
    
      } else if ((current.lifecoach != null && last.lifecoach == null) || (current.lifecoach == null && last.lifecoach != null)) {
        diff.lifecoach = current.lifecoach;
      } else if (last.lifecoach !== current.lifecoach) {
        diff.lifecoach = current.lifecoach;
      }
    
      if (current.hoursBuildUp === null && last.hoursBuildUp === undefined) {
        diff.hoursBuildUp = current.hoursBuildUp;
      } else if (current.hoursBuildUp == null && last.hoursBuildUp == null) {
    
      } else if ((current.hoursBuildUp != null && last.hoursBuildUp == null) || (current.hoursBuildUp == null && last.hoursBuildUp != null)) {
        diff.hoursBuildUp = current.hoursBuildUp;
      } else if (!equals(last.hoursBuildUp, current.hoursBuildUp)) {
        diff.hoursBuildUp = current.hoursBuildUp;
      }
    
      if (current.absences === null && last.absences === undefined) {
        diff.absences = current.absences;
      } else if (current.absences == null && last.absences == null) {
    
      } else if ((current.absences != null && last.absences == null) || (current.absences == null && last.absences != null)) {
        diff.absences = current.absences;
      } else if (!equals(last.absences, current.absences)) {
        diff.absences = current.absences;
      }
    
      if (current.startedAt === null && last.startedAt === undefined) {
        diff.startedAt = current.startedAt;
      } else if (current.startedAt == null && last.startedAt == null) {
    
      } else if ((current.startedAt != null && last.startedAt == null) || (current.startedAt == null && last.startedAt != null)) {
        diff.startedAt = current.startedAt;
      } else if (last.startedAt.valueOf() !== current.startedAt.valueOf()) {
        diff.startedAt = current.startedAt;
      }
    
      if (current.convertedOn === null && last.convertedOn === undefined) {
        diff.convertedOn = current.convertedOn;
      } else if (current.convertedOn == null && last.convertedOn == null) {
    
      } else if ((current.convertedOn != null && last.convertedOn == null) || (current.convertedOn == null && last.convertedOn != null)) {
        diff.convertedOn = current.convertedOn;
      } else if (last.convertedOn !== current.convertedOn) {
        diff.convertedOn = current.convertedOn;
      }
    
      if (current.endDate === null && last.endDate === undefined) {
        diff.endDate = current.endDate;
      } else if (current.endDate == null && last.endDate == null) {
    
      } else if ((current.endDate != null && last.endDate == null) || (current.endDate == null && last.endDate != null)) {
        diff.endDate = current.endDate;
      } else if (last.endDate !== current.endDate) {
        diff.endDate = current.endDate;
      }
    
      if (current.endReason === null && last.endReason === undefined) {
        diff.endReason = current.endReason;
      } else if (current.endReason == null && last.endReason == null) {
    
      } else if ((current.endReason != null && last.endReason == null) || (current.endReason == null && last.endReason != null)) {
        diff.endReason = current.endReason;
      } else if (last.endReason !== current.endReason) {
        diff.endReason = current.endReason;
      }
    
      if (current.endNote === null && last.endNote === undefined) {
        diff.endNote = current.endNote;
      } else if (current.endNote == null && last.endNote == null) {
    
      } else if ((current.endNote != null && last.endNote == null) || (current.endNote == null && last.endNote != null)) {
        diff.endNote = current.endNote;
      } else if (!equals(last.endNote, current.endNote)) {
        diff.endNote = current.endNote;
      }
    
      if (current.endedBySide === null && last.endedBySide === undefined) {
        diff.endedBySide = current.endedBySide;
      } else if (current.endedBySide == null && last.endedBySide == null) {
    
      } else if ((current.endedBySide != null && last.endedBySide == null) || (current.endedBySide == null && last.endedBySide != null)) {
        diff.endedBySide = current.endedBySide;
      } else if (last.endedBySide !== current.endedBySide) {
        diff.endedBySide = current.endedBySide;
      }
    
      if (current.endedByUserId === null && last.endedByUserId === undefined) {
        diff.endedByUserId = current.endedByUserId;
      } else if (current.endedByUserId == null && last.endedByUserId == null) {
    
      } else if ((current.endedByUserId != null && last.endedByUserId == null) || (current.endedByUserId == null && last.endedByUserId != null)) {
        diff.endedByUserId = current.endedByUserId;
      } else if (last.endedByUserId !== current.endedByUserId) {
        diff.endedByUserId = current.endedByUserId;
      }
    
      if (current.returnsToProgramme === null && last.returnsToProgramme === undefined) {
        diff.returnsToProgramme = current.returnsToProgramme;
      } else if (current.returnsToProgramme == null && last.returnsToProgramme == null) {
    
      } else if ((current.returnsToProgramme != null && last.returnsToProgramme == null) || (current.returnsToProgramme == null && last.returnsToProgramme != null)) {
        diff.returnsToProgramme = current.returnsToProgramme;
      } else if (!compareBooleans(last.returnsToProgramme, current.returnsToProgramme)) {
        diff.returnsToProgramme = current.returnsToProgramme;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-placement_34000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_candidacyId, convertToDatabaseValue_pay, convertToDatabaseValue_hoursBuildUp, convertToDatabaseValue_absences, processDateProperty, convertToDatabaseValue_endedByUserId, convertToDatabaseValue_createdByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.vacancy !== 'undefined') {
        if (entity.vacancy === null) {
          ret.vacancy = null;
        } else if (entity.vacancy?.__helper.__identifier && !entity.vacancy.__helper.hasPrimaryKey()) {
          ret.vacancy = entity.vacancy?.__helper.__identifier;
        } else if (typeof entity.vacancy !== 'undefined') {
          ret.vacancy = toArray(entity.vacancy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.candidacyId !== 'undefined') {
        ret.candidacyId = convertToDatabaseValue_candidacyId(entity.candidacyId);
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.startDate !== 'undefined') {
        ret.startDate = entity.startDate;
      }
    
      if (typeof entity.contractType !== 'undefined') {
        ret.contractType = entity.contractType;
      }
    
      if (typeof entity.contractDurationMonths !== 'undefined') {
        ret.contractDurationMonths = clone(entity.contractDurationMonths);
      }
    
      if (typeof entity.contractHoursPerWeek !== 'undefined') {
        ret.contractHoursPerWeek = clone(entity.contractHoursPerWeek);
      }
    
      if (typeof entity.zeroHoursContract !== 'undefined') {
        ret.zeroHoursContract = entity.zeroHoursContract;
      }
    
      if (typeof entity.paid !== 'undefined') {
        ret.paid = entity.paid;
      }
    
      if (typeof entity.underCao !== 'undefined') {
        ret.underCao = entity.underCao;
      }
    
      if (typeof entity.pay !== 'undefined') {
        ret.pay = clone(convertToDatabaseValue_pay(entity.pay));
      }
    
      if (typeof entity.mentor !== 'undefined') {
        if (entity.mentor === null) {
          ret.mentor = null;
        } else if (entity.mentor?.__helper.__identifier && !entity.mentor.__helper.hasPrimaryKey()) {
          ret.mentor = entity.mentor?.__helper.__identifier;
        } else if (typeof entity.mentor !== 'undefined') {
          ret.mentor = toArray(entity.mentor.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.manager !== 'undefined') {
        if (entity.manager === null) {
          ret.manager = null;
        } else if (entity.manager?.__helper.__identifier && !entity.manager.__helper.hasPrimaryKey()) {
          ret.manager = entity.manager?.__helper.__identifier;
        } else if (typeof entity.manager !== 'undefined') {
          ret.manager = toArray(entity.manager.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.lifecoach !== 'undefined') {
        if (entity.lifecoach === null) {
          ret.lifecoach = null;
        } else if (entity.lifecoach?.__helper.__identifier && !entity.lifecoach.__helper.hasPrimaryKey()) {
          ret.lifecoach = entity.lifecoach?.__helper.__identifier;
        } else if (typeof entity.lifecoach !== 'undefined') {
          ret.lifecoach = toArray(entity.lifecoach.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.hoursBuildUp !== 'undefined') {
        ret.hoursBuildUp = clone(convertToDatabaseValue_hoursBuildUp(entity.hoursBuildUp));
      }
    
      if (typeof entity.absences !== 'undefined') {
        ret.absences = clone(convertToDatabaseValue_absences(entity.absences));
      }
    
      if (typeof entity.startedAt !== 'undefined') {
        ret.startedAt = clone(processDateProperty(entity.startedAt));
      }
    
      if (typeof entity.convertedOn !== 'undefined') {
        ret.convertedOn = entity.convertedOn;
      }
    
      if (typeof entity.endDate !== 'undefined') {
        ret.endDate = entity.endDate;
      }
    
      if (typeof entity.endReason !== 'undefined') {
        ret.endReason = entity.endReason;
      }
    
      if (typeof entity.endNote !== 'undefined') {
        ret.endNote = clone(entity.endNote);
      }
    
      if (typeof entity.endedBySide !== 'undefined') {
        ret.endedBySide = entity.endedBySide;
      }
    
      if (typeof entity.endedByUserId !== 'undefined') {
        ret.endedByUserId = convertToDatabaseValue_endedByUserId(entity.endedByUserId);
      }
    
      if (typeof entity.returnsToProgramme !== 'undefined') {
        ret.returnsToProgramme = entity.returnsToProgramme;
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-placement_34000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity Placement
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.vacancy_id !== 'undefined') {
        ret.vacancy = result.vacancy_id;
        mapped.vacancy_id = true;
      }
      if (typeof result.candidacy_id !== 'undefined') {
        ret.candidacyId = result.candidacy_id;
        mapped.candidacy_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.start_date !== 'undefined') {
        ret.startDate = result.start_date;
        mapped.start_date = true;
      }
      if (typeof result.contract_type !== 'undefined') {
        ret.contractType = result.contract_type;
        mapped.contract_type = true;
      }
      if (typeof result.contract_duration_months !== 'undefined') {
        ret.contractDurationMonths = result.contract_duration_months;
        mapped.contract_duration_months = true;
      }
      if (typeof result.contract_hours_per_week !== 'undefined') {
        ret.contractHoursPerWeek = result.contract_hours_per_week;
        mapped.contract_hours_per_week = true;
      }
      if (typeof result.zero_hours_contract !== 'undefined') {
        ret.zeroHoursContract = result.zero_hours_contract == null ? result.zero_hours_contract : !!result.zero_hours_contract;
        mapped.zero_hours_contract = true;
      }
      if (typeof result.paid !== 'undefined') {
        ret.paid = result.paid == null ? result.paid : !!result.paid;
        mapped.paid = true;
      }
      if (typeof result.under_cao !== 'undefined') {
        ret.underCao = result.under_cao == null ? result.under_cao : !!result.under_cao;
        mapped.under_cao = true;
      }
      if (typeof result.pay !== 'undefined') {
        ret.pay = result.pay;
        mapped.pay = true;
      }
      if (typeof result.mentor_id !== 'undefined') {
        ret.mentor = result.mentor_id;
        mapped.mentor_id = true;
      }
      if (typeof result.manager_id !== 'undefined') {
        ret.manager = result.manager_id;
        mapped.manager_id = true;
      }
      if (typeof result.lifecoach_id !== 'undefined') {
        ret.lifecoach = result.lifecoach_id;
        mapped.lifecoach_id = true;
      }
      if (typeof result.hours_build_up !== 'undefined') {
        ret.hoursBuildUp = result.hours_build_up;
        mapped.hours_build_up = true;
      }
      if (typeof result.absences !== 'undefined') {
        ret.absences = result.absences;
        mapped.absences = true;
      }
      if (typeof result.started_at !== 'undefined') {
        if (result.started_at == null || result.started_at instanceof Date) {
          ret.startedAt = result.started_at;
        } else if (typeof result.started_at === 'bigint') {
          ret.startedAt = parseDate(Number(result.started_at));
        } else if (typeof result.started_at === 'number' || result.started_at.includes('+') || result.started_at.lastIndexOf('-') > 10 || result.started_at.endsWith('Z')) {
          ret.startedAt = parseDate(result.started_at);
        } else {
          ret.startedAt = parseDate(result.started_at + 'Z');
        }
        mapped.started_at = true;
      }
      if (typeof result.converted_on !== 'undefined') {
        ret.convertedOn = result.converted_on;
        mapped.converted_on = true;
      }
      if (typeof result.end_date !== 'undefined') {
        ret.endDate = result.end_date;
        mapped.end_date = true;
      }
      if (typeof result.end_reason !== 'undefined') {
        ret.endReason = result.end_reason;
        mapped.end_reason = true;
      }
      if (typeof result.end_note !== 'undefined') {
        ret.endNote = result.end_note;
        mapped.end_note = true;
      }
      if (typeof result.ended_by_side !== 'undefined') {
        ret.endedBySide = result.ended_by_side;
        mapped.ended_by_side = true;
      }
      if (typeof result.ended_by_user_id !== 'undefined') {
        ret.endedByUserId = result.ended_by_user_id;
        mapped.ended_by_user_id = true;
      }
      if (typeof result.returns_to_programme !== 'undefined') {
        ret.returnsToProgramme = result.returns_to_programme == null ? result.returns_to_programme : !!result.returns_to_programme;
        mapped.returns_to_programme = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-placement_34000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Placement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-placement_34000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Placement ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-placement_34000': function(isEntityOrRef) {
    // compiled pk getter for entity Placement
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-placement_34000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity Placement
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-placement_34000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity Placement
    return function(entity) {
      const val_19 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_19);
    }
  },
  'hydrator-organisation_0-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Organisation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-organisation_0-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Organisation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-organisation_0': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity Organisation
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.name === null && last.name === undefined) {
        diff.name = current.name;
      } else if (current.name == null && last.name == null) {
    
      } else if ((current.name != null && last.name == null) || (current.name == null && last.name != null)) {
        diff.name = current.name;
      } else if (last.name !== current.name) {
        diff.name = current.name;
      }
    
      if (current.kind === null && last.kind === undefined) {
        diff.kind = current.kind;
      } else if (current.kind == null && last.kind == null) {
    
      } else if ((current.kind != null && last.kind == null) || (current.kind == null && last.kind != null)) {
        diff.kind = current.kind;
      } else if (last.kind !== current.kind) {
        diff.kind = current.kind;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-organisation_0': function(clone, cloneEmbeddable, convertToDatabaseValue_id, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.name !== 'undefined') {
        ret.name = entity.name;
      }
    
      if (typeof entity.kind !== 'undefined') {
        ret.kind = entity.kind;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-organisation_0': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity Organisation
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.name !== 'undefined') {
        ret.name = result.name;
        mapped.name = true;
      }
      if (typeof result.kind !== 'undefined') {
        ret.kind = result.kind;
        mapped.kind = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-organisation_0-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Organisation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-organisation_0-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Organisation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-organisation_0': function(isEntityOrRef) {
    // compiled pk getter for entity Organisation
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-organisation_0': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity Organisation
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-organisation_0': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity Organisation
    return function(entity) {
      const val_20 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_20);
    }
  },
  'hydrator-onboarding_plan_item_38000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_609, placement_610, convertToJSValue_competenceCodes, convertToDatabaseValue_competenceCodes, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity OnboardingPlanItem ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_609, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_610, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.targetDate === null) {
        entity.targetDate = null;
      } else if (typeof data.targetDate !== 'undefined') {
        entity.targetDate = data.targetDate;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.competenceCodes === null) {
        entity.competenceCodes = null;
      } else if (typeof data.competenceCodes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_competenceCodes(data.competenceCodes);
          data.competenceCodes = convertToDatabaseValue_competenceCodes(value);
          entity.competenceCodes = value;
        } else {
          entity.competenceCodes = data.competenceCodes;
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-onboarding_plan_item_38000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_622, placement_623, convertToJSValue_competenceCodes, convertToDatabaseValue_competenceCodes, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity OnboardingPlanItem ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_622, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_623, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.description === null) {
        entity.description = null;
      } else if (typeof data.description !== 'undefined') {
        entity.description = data.description;
      }
      if (data.targetDate === null) {
        entity.targetDate = null;
      } else if (typeof data.targetDate !== 'undefined') {
        entity.targetDate = data.targetDate;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.competenceCodes === null) {
        entity.competenceCodes = null;
      } else if (typeof data.competenceCodes !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_competenceCodes(data.competenceCodes);
          data.competenceCodes = convertToDatabaseValue_competenceCodes(value);
          entity.competenceCodes = value;
        } else {
          entity.competenceCodes = data.competenceCodes;
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-onboarding_plan_item_38000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity OnboardingPlanItem
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.kind === null && last.kind === undefined) {
        diff.kind = current.kind;
      } else if (current.kind == null && last.kind == null) {
    
      } else if ((current.kind != null && last.kind == null) || (current.kind == null && last.kind != null)) {
        diff.kind = current.kind;
      } else if (last.kind !== current.kind) {
        diff.kind = current.kind;
      }
    
      if (current.title === null && last.title === undefined) {
        diff.title = current.title;
      } else if (current.title == null && last.title == null) {
    
      } else if ((current.title != null && last.title == null) || (current.title == null && last.title != null)) {
        diff.title = current.title;
      } else if (last.title !== current.title) {
        diff.title = current.title;
      }
    
      if (current.description === null && last.description === undefined) {
        diff.description = current.description;
      } else if (current.description == null && last.description == null) {
    
      } else if ((current.description != null && last.description == null) || (current.description == null && last.description != null)) {
        diff.description = current.description;
      } else if (!equals(last.description, current.description)) {
        diff.description = current.description;
      }
    
      if (current.targetDate === null && last.targetDate === undefined) {
        diff.targetDate = current.targetDate;
      } else if (current.targetDate == null && last.targetDate == null) {
    
      } else if ((current.targetDate != null && last.targetDate == null) || (current.targetDate == null && last.targetDate != null)) {
        diff.targetDate = current.targetDate;
      } else if (last.targetDate !== current.targetDate) {
        diff.targetDate = current.targetDate;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.competenceCodes === null && last.competenceCodes === undefined) {
        diff.competenceCodes = current.competenceCodes;
      } else if (current.competenceCodes == null && last.competenceCodes == null) {
    
      } else if ((current.competenceCodes != null && last.competenceCodes == null) || (current.competenceCodes == null && last.competenceCodes != null)) {
        diff.competenceCodes = current.competenceCodes;
      } else if (!equals(last.competenceCodes, current.competenceCodes)) {
        diff.competenceCodes = current.competenceCodes;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-onboarding_plan_item_38000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_competenceCodes, convertToDatabaseValue_createdByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.kind !== 'undefined') {
        ret.kind = entity.kind;
      }
    
      if (typeof entity.title !== 'undefined') {
        ret.title = entity.title;
      }
    
      if (typeof entity.description !== 'undefined') {
        ret.description = clone(entity.description);
      }
    
      if (typeof entity.targetDate !== 'undefined') {
        ret.targetDate = entity.targetDate;
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.competenceCodes !== 'undefined') {
        ret.competenceCodes = clone(convertToDatabaseValue_competenceCodes(entity.competenceCodes));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-onboarding_plan_item_38000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity OnboardingPlanItem
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.kind !== 'undefined') {
        ret.kind = result.kind;
        mapped.kind = true;
      }
      if (typeof result.title !== 'undefined') {
        ret.title = result.title;
        mapped.title = true;
      }
      if (typeof result.description !== 'undefined') {
        ret.description = result.description;
        mapped.description = true;
      }
      if (typeof result.target_date !== 'undefined') {
        ret.targetDate = result.target_date;
        mapped.target_date = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.competence_codes !== 'undefined') {
        ret.competenceCodes = result.competence_codes;
        mapped.competence_codes = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-onboarding_plan_item_38000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity OnboardingPlanItem ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-onboarding_plan_item_38000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity OnboardingPlanItem ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-onboarding_plan_item_38000': function(isEntityOrRef) {
    // compiled pk getter for entity OnboardingPlanItem
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-onboarding_plan_item_38000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity OnboardingPlanItem
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-onboarding_plan_item_38000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity OnboardingPlanItem
    return function(entity) {
      const val_21 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_21);
    }
  },
  'hydrator-onboarding_plan_comment_39000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_637, placement_638, onboarding_plan_item_639, onboarding_plan_item_640, convertToJSValue_authorUserId, convertToDatabaseValue_authorUserId) {
    // compiled hydrator for entity OnboardingPlanComment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_637, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_638, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.item === null) {
        entity.item = null;
      } else if (typeof data.item !== 'undefined') {
        if (isPrimaryKey(data.item, true)) {
          entity.item = factory.createReference(onboarding_plan_item_639, data.item, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.item && typeof data.item === 'object') {
          entity.item = factory.create(onboarding_plan_item_640, data.item, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.authorUserId === null) {
        entity.authorUserId = null;
      } else if (typeof data.authorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_authorUserId(data.authorUserId);
          entity.authorUserId = value;
        } else {
          entity.authorUserId = data.authorUserId;
        }
      }
      if (data.authorRole === null) {
        entity.authorRole = null;
      } else if (typeof data.authorRole !== 'undefined') {
        entity.authorRole = data.authorRole;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'hydrator-onboarding_plan_comment_39000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, placement_646, placement_647, onboarding_plan_item_648, onboarding_plan_item_649, convertToJSValue_authorUserId, convertToDatabaseValue_authorUserId) {
    // compiled hydrator for entity OnboardingPlanComment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.placement === null) {
        entity.placement = null;
      } else if (typeof data.placement !== 'undefined') {
        if (isPrimaryKey(data.placement, true)) {
          entity.placement = factory.createReference(placement_646, data.placement, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.placement && typeof data.placement === 'object') {
          entity.placement = factory.create(placement_647, data.placement, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.item === null) {
        entity.item = null;
      } else if (typeof data.item !== 'undefined') {
        if (isPrimaryKey(data.item, true)) {
          entity.item = factory.createReference(onboarding_plan_item_648, data.item, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.item && typeof data.item === 'object') {
          entity.item = factory.create(onboarding_plan_item_649, data.item, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.authorUserId === null) {
        entity.authorUserId = null;
      } else if (typeof data.authorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_authorUserId(data.authorUserId);
          entity.authorUserId = value;
        } else {
          entity.authorUserId = data.authorUserId;
        }
      }
      if (data.authorRole === null) {
        entity.authorRole = null;
      } else if (typeof data.authorRole !== 'undefined') {
        entity.authorRole = data.authorRole;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'comparator-onboarding_plan_comment_39000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity OnboardingPlanComment
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.placement === null && last.placement === undefined) {
        diff.placement = current.placement;
      } else if (current.placement == null && last.placement == null) {
    
      } else if ((current.placement != null && last.placement == null) || (current.placement == null && last.placement != null)) {
        diff.placement = current.placement;
      } else if (last.placement !== current.placement) {
        diff.placement = current.placement;
      }
    
      if (current.item === null && last.item === undefined) {
        diff.item = current.item;
      } else if (current.item == null && last.item == null) {
    
      } else if ((current.item != null && last.item == null) || (current.item == null && last.item != null)) {
        diff.item = current.item;
      } else if (last.item !== current.item) {
        diff.item = current.item;
      }
    
      if (current.text === null && last.text === undefined) {
        diff.text = current.text;
      } else if (current.text == null && last.text == null) {
    
      } else if ((current.text != null && last.text == null) || (current.text == null && last.text != null)) {
        diff.text = current.text;
      } else if (!equals(last.text, current.text)) {
        diff.text = current.text;
      }
    
      if (current.authorUserId === null && last.authorUserId === undefined) {
        diff.authorUserId = current.authorUserId;
      } else if (current.authorUserId == null && last.authorUserId == null) {
    
      } else if ((current.authorUserId != null && last.authorUserId == null) || (current.authorUserId == null && last.authorUserId != null)) {
        diff.authorUserId = current.authorUserId;
      } else if (last.authorUserId !== current.authorUserId) {
        diff.authorUserId = current.authorUserId;
      }
    
      if (current.authorRole === null && last.authorRole === undefined) {
        diff.authorRole = current.authorRole;
      } else if (current.authorRole == null && last.authorRole == null) {
    
      } else if ((current.authorRole != null && last.authorRole == null) || (current.authorRole == null && last.authorRole != null)) {
        diff.authorRole = current.authorRole;
      } else if (last.authorRole !== current.authorRole) {
        diff.authorRole = current.authorRole;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-onboarding_plan_comment_39000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_authorUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.placement !== 'undefined') {
        if (entity.placement === null) {
          ret.placement = null;
        } else if (entity.placement?.__helper.__identifier && !entity.placement.__helper.hasPrimaryKey()) {
          ret.placement = entity.placement?.__helper.__identifier;
        } else if (typeof entity.placement !== 'undefined') {
          ret.placement = toArray(entity.placement.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.item !== 'undefined') {
        if (entity.item === null) {
          ret.item = null;
        } else if (entity.item?.__helper.__identifier && !entity.item.__helper.hasPrimaryKey()) {
          ret.item = entity.item?.__helper.__identifier;
        } else if (typeof entity.item !== 'undefined') {
          ret.item = toArray(entity.item.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.text !== 'undefined') {
        ret.text = clone(entity.text);
      }
    
      if (typeof entity.authorUserId !== 'undefined') {
        ret.authorUserId = convertToDatabaseValue_authorUserId(entity.authorUserId);
      }
    
      if (typeof entity.authorRole !== 'undefined') {
        ret.authorRole = entity.authorRole;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      return ret;
    }
  },
  'resultMapper-onboarding_plan_comment_39000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity OnboardingPlanComment
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.placement_id !== 'undefined') {
        ret.placement = result.placement_id;
        mapped.placement_id = true;
      }
      if (typeof result.item_id !== 'undefined') {
        ret.item = result.item_id;
        mapped.item_id = true;
      }
      if (typeof result.text !== 'undefined') {
        ret.text = result.text;
        mapped.text = true;
      }
      if (typeof result.author_user_id !== 'undefined') {
        ret.authorUserId = result.author_user_id;
        mapped.author_user_id = true;
      }
      if (typeof result.author_role !== 'undefined') {
        ret.authorRole = result.author_role;
        mapped.author_role = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-onboarding_plan_comment_39000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity OnboardingPlanComment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-onboarding_plan_comment_39000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity OnboardingPlanComment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-onboarding_plan_comment_39000': function(isEntityOrRef) {
    // compiled pk getter for entity OnboardingPlanComment
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-onboarding_plan_comment_39000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity OnboardingPlanComment
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-onboarding_plan_comment_39000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity OnboardingPlanComment
    return function(entity) {
      const val_22 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_22);
    }
  },
  'hydrator-notification_setting_32000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, app_user_656, app_user_657) {
    // compiled hydrator for entity NotificationSetting ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_656, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_657, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.dailyDigest === null) {
        entity.dailyDigest = null;
      } else if (typeof data.dailyDigest !== 'undefined') {
        entity.dailyDigest = !!data.dailyDigest;
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        entity.meetAndGreet = !!data.meetAndGreet;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'hydrator-notification_setting_32000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, app_user_661, app_user_662) {
    // compiled hydrator for entity NotificationSetting ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_661, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_662, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.dailyDigest === null) {
        entity.dailyDigest = null;
      } else if (typeof data.dailyDigest !== 'undefined') {
        entity.dailyDigest = !!data.dailyDigest;
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        entity.meetAndGreet = !!data.meetAndGreet;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'comparator-notification_setting_32000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity NotificationSetting
    return function(last, current, options) {
      const diff = {};
      if (current.user === null && last.user === undefined) {
        diff.user = current.user;
      } else if (current.user == null && last.user == null) {
    
      } else if ((current.user != null && last.user == null) || (current.user == null && last.user != null)) {
        diff.user = current.user;
      } else if (last.user !== current.user) {
        diff.user = current.user;
      }
    
      if (current.dailyDigest === null && last.dailyDigest === undefined) {
        diff.dailyDigest = current.dailyDigest;
      } else if (current.dailyDigest == null && last.dailyDigest == null) {
    
      } else if ((current.dailyDigest != null && last.dailyDigest == null) || (current.dailyDigest == null && last.dailyDigest != null)) {
        diff.dailyDigest = current.dailyDigest;
      } else if (!compareBooleans(last.dailyDigest, current.dailyDigest)) {
        diff.dailyDigest = current.dailyDigest;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (!compareBooleans(last.meetAndGreet, current.meetAndGreet)) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-notification_setting_32000': function(clone, cloneEmbeddable, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.user !== 'undefined') {
        if (entity.user === null) {
          ret.user = null;
        } else if (entity.user?.__helper.__identifier && !entity.user.__helper.hasPrimaryKey()) {
          ret.user = entity.user?.__helper.__identifier;
        } else if (typeof entity.user !== 'undefined') {
          ret.user = toArray(entity.user.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.dailyDigest !== 'undefined') {
        ret.dailyDigest = entity.dailyDigest;
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        ret.meetAndGreet = entity.meetAndGreet;
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-notification_setting_32000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity NotificationSetting
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.user_id !== 'undefined') {
        ret.user = result.user_id;
        mapped.user_id = true;
      }
      if (typeof result.daily_digest !== 'undefined') {
        ret.dailyDigest = result.daily_digest == null ? result.daily_digest : !!result.daily_digest;
        mapped.daily_digest = true;
      }
      if (typeof result.meet_and_greet !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet == null ? result.meet_and_greet : !!result.meet_and_greet;
        mapped.meet_and_greet = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-notification_setting_32000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, app_user_666, app_user_667) {
    // compiled hydrator for entity NotificationSetting ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_666, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.createReference(app_user_667, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
    }
  },
  'hydrator-notification_setting_32000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, app_user_668, app_user_669) {
    // compiled hydrator for entity NotificationSetting ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_668, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.createReference(app_user_669, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
    }
  },
  'pkGetter-notification_setting_32000': function(isEntityOrRef) {
    // compiled pk getter for entity NotificationSetting
    return function(entity) {
      if (entity.user != null && isEntityOrRef(entity.user)) {
        const pk = entity.user.__helper.getPrimaryKey();
        return pk;
      }
      return entity.user;
    }
  },
  'pkGetterConverted-notification_setting_32000': function(isEntityOrRef, convertToDatabaseValue_user) {
    // compiled pk getter (with converted custom types) for entity NotificationSetting
    return function(entity) {
      if (entity.user != null && isEntityOrRef(entity.user)) return entity.user.__helper.getPrimaryKey(true);
      return convertToDatabaseValue_user(entity.user);
    }
  },
  'pkSerializer-notification_setting_32000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_user) {
    // compiled pk serializer for entity NotificationSetting
    return function(entity) {
      if (entity.user != null && isEntityOrRef(entity.user)) return entity.user.__helper.getSerializedPrimaryKey();
      const val_23 = convertToDatabaseValue_user(entity.user);
      return getPrimaryKeyHash(val_23);
    }
  },
  'hydrator-meet_and_greet_vacancy_14000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_671, meet_and_greet_672, vacancy_673, vacancy_674, organisation_675, organisation_676, convertToJSValue_addedByUserId, convertToDatabaseValue_addedByUserId) {
    // compiled hydrator for entity MeetAndGreetVacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_671, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_672, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_673, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_674, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_675, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_676, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.addedByUserId === null) {
        entity.addedByUserId = null;
      } else if (typeof data.addedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_addedByUserId(data.addedByUserId);
          entity.addedByUserId = value;
        } else {
          entity.addedByUserId = data.addedByUserId;
        }
      }
      if (data.addedAt === null) {
        entity.addedAt = null;
      } else if (typeof data.addedAt !== 'undefined') {
        if (data.addedAt instanceof Date) {
          entity.addedAt = data.addedAt;
        } else if (typeof data.addedAt === 'number' || data.addedAt.includes('+') || data.addedAt.lastIndexOf('-') > 10 || data.addedAt.endsWith('Z')) {
          entity.addedAt = new Date(data.addedAt);
        } else {
          entity.addedAt = new Date(data.addedAt + 'Z');
        }
      }
    }
  },
  'hydrator-meet_and_greet_vacancy_14000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_680, meet_and_greet_681, vacancy_682, vacancy_683, organisation_684, organisation_685, convertToJSValue_addedByUserId, convertToDatabaseValue_addedByUserId) {
    // compiled hydrator for entity MeetAndGreetVacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_680, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_681, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_682, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_683, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_684, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_685, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.addedByUserId === null) {
        entity.addedByUserId = null;
      } else if (typeof data.addedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_addedByUserId(data.addedByUserId);
          entity.addedByUserId = value;
        } else {
          entity.addedByUserId = data.addedByUserId;
        }
      }
      if (data.addedAt === null) {
        entity.addedAt = null;
      } else if (typeof data.addedAt !== 'undefined') {
        if (data.addedAt instanceof Date) {
          entity.addedAt = data.addedAt;
        } else if (typeof data.addedAt === 'number' || data.addedAt.includes('+') || data.addedAt.lastIndexOf('-') > 10 || data.addedAt.endsWith('Z')) {
          entity.addedAt = new Date(data.addedAt);
        } else {
          entity.addedAt = new Date(data.addedAt + 'Z');
        }
      }
    }
  },
  'comparator-meet_and_greet_vacancy_14000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreetVacancy
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.vacancy === null && last.vacancy === undefined) {
        diff.vacancy = current.vacancy;
      } else if (current.vacancy == null && last.vacancy == null) {
    
      } else if ((current.vacancy != null && last.vacancy == null) || (current.vacancy == null && last.vacancy != null)) {
        diff.vacancy = current.vacancy;
      } else if (last.vacancy !== current.vacancy) {
        diff.vacancy = current.vacancy;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.addedByUserId === null && last.addedByUserId === undefined) {
        diff.addedByUserId = current.addedByUserId;
      } else if (current.addedByUserId == null && last.addedByUserId == null) {
    
      } else if ((current.addedByUserId != null && last.addedByUserId == null) || (current.addedByUserId == null && last.addedByUserId != null)) {
        diff.addedByUserId = current.addedByUserId;
      } else if (last.addedByUserId !== current.addedByUserId) {
        diff.addedByUserId = current.addedByUserId;
      }
    
      if (current.addedAt === null && last.addedAt === undefined) {
        diff.addedAt = current.addedAt;
      } else if (current.addedAt == null && last.addedAt == null) {
    
      } else if ((current.addedAt != null && last.addedAt == null) || (current.addedAt == null && last.addedAt != null)) {
        diff.addedAt = current.addedAt;
      } else if (last.addedAt.valueOf() !== current.addedAt.valueOf()) {
        diff.addedAt = current.addedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_vacancy_14000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_addedByUserId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.vacancy !== 'undefined') {
        if (entity.vacancy === null) {
          ret.vacancy = null;
        } else if (entity.vacancy?.__helper.__identifier && !entity.vacancy.__helper.hasPrimaryKey()) {
          ret.vacancy = entity.vacancy?.__helper.__identifier;
        } else if (typeof entity.vacancy !== 'undefined') {
          ret.vacancy = toArray(entity.vacancy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.addedByUserId !== 'undefined') {
        ret.addedByUserId = convertToDatabaseValue_addedByUserId(entity.addedByUserId);
      }
    
      if (typeof entity.addedAt !== 'undefined') {
        ret.addedAt = clone(processDateProperty(entity.addedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_vacancy_14000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreetVacancy
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.vacancy_id !== 'undefined') {
        ret.vacancy = result.vacancy_id;
        mapped.vacancy_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.added_by_user_id !== 'undefined') {
        ret.addedByUserId = result.added_by_user_id;
        mapped.added_by_user_id = true;
      }
      if (typeof result.added_at !== 'undefined') {
        if (result.added_at == null || result.added_at instanceof Date) {
          ret.addedAt = result.added_at;
        } else if (typeof result.added_at === 'bigint') {
          ret.addedAt = parseDate(Number(result.added_at));
        } else if (typeof result.added_at === 'number' || result.added_at.includes('+') || result.added_at.lastIndexOf('-') > 10 || result.added_at.endsWith('Z')) {
          ret.addedAt = parseDate(result.added_at);
        } else {
          ret.addedAt = parseDate(result.added_at + 'Z');
        }
        mapped.added_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_vacancy_14000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetVacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_vacancy_14000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetVacancy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_vacancy_14000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreetVacancy
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_vacancy_14000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreetVacancy
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_vacancy_14000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MeetAndGreetVacancy
    return function(entity) {
      const val_24 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_24);
    }
  },
  'hydrator-meet_and_greet_participant_15000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_691, meet_and_greet_692, job_seeker_693, job_seeker_694, convertToJSValue_availableRounds, convertToDatabaseValue_availableRounds, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_respondedByUserId, convertToDatabaseValue_respondedByUserId) {
    // compiled hydrator for entity MeetAndGreetParticipant ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_691, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_692, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_693, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_694, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.availableRounds === null) {
        entity.availableRounds = null;
      } else if (typeof data.availableRounds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_availableRounds(data.availableRounds);
          data.availableRounds = convertToDatabaseValue_availableRounds(value);
          entity.availableRounds = value;
        } else {
          entity.availableRounds = data.availableRounds;
        }
      }
      if (data.maxConversations === null) {
        entity.maxConversations = null;
      } else if (typeof data.maxConversations !== 'undefined') {
        entity.maxConversations = data.maxConversations;
      }
      if (data.attended === null) {
        entity.attended = null;
      } else if (typeof data.attended !== 'undefined') {
        entity.attended = !!data.attended;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.respondedByUserId === null) {
        entity.respondedByUserId = null;
      } else if (typeof data.respondedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_respondedByUserId(data.respondedByUserId);
          entity.respondedByUserId = value;
        } else {
          entity.respondedByUserId = data.respondedByUserId;
        }
      }
      if (data.respondedAt === null) {
        entity.respondedAt = null;
      } else if (typeof data.respondedAt !== 'undefined') {
        if (data.respondedAt instanceof Date) {
          entity.respondedAt = data.respondedAt;
        } else if (typeof data.respondedAt === 'number' || data.respondedAt.includes('+') || data.respondedAt.lastIndexOf('-') > 10 || data.respondedAt.endsWith('Z')) {
          entity.respondedAt = new Date(data.respondedAt);
        } else {
          entity.respondedAt = new Date(data.respondedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-meet_and_greet_participant_15000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_706, meet_and_greet_707, job_seeker_708, job_seeker_709, convertToJSValue_availableRounds, convertToDatabaseValue_availableRounds, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_respondedByUserId, convertToDatabaseValue_respondedByUserId) {
    // compiled hydrator for entity MeetAndGreetParticipant ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_706, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_707, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_708, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_709, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.availableRounds === null) {
        entity.availableRounds = null;
      } else if (typeof data.availableRounds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_availableRounds(data.availableRounds);
          data.availableRounds = convertToDatabaseValue_availableRounds(value);
          entity.availableRounds = value;
        } else {
          entity.availableRounds = data.availableRounds;
        }
      }
      if (data.maxConversations === null) {
        entity.maxConversations = null;
      } else if (typeof data.maxConversations !== 'undefined') {
        entity.maxConversations = data.maxConversations;
      }
      if (data.attended === null) {
        entity.attended = null;
      } else if (typeof data.attended !== 'undefined') {
        entity.attended = !!data.attended;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.respondedByUserId === null) {
        entity.respondedByUserId = null;
      } else if (typeof data.respondedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_respondedByUserId(data.respondedByUserId);
          entity.respondedByUserId = value;
        } else {
          entity.respondedByUserId = data.respondedByUserId;
        }
      }
      if (data.respondedAt === null) {
        entity.respondedAt = null;
      } else if (typeof data.respondedAt !== 'undefined') {
        if (data.respondedAt instanceof Date) {
          entity.respondedAt = data.respondedAt;
        } else if (typeof data.respondedAt === 'number' || data.respondedAt.includes('+') || data.respondedAt.lastIndexOf('-') > 10 || data.respondedAt.endsWith('Z')) {
          entity.respondedAt = new Date(data.respondedAt);
        } else {
          entity.respondedAt = new Date(data.respondedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-meet_and_greet_participant_15000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreetParticipant
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.contactRoute === null && last.contactRoute === undefined) {
        diff.contactRoute = current.contactRoute;
      } else if (current.contactRoute == null && last.contactRoute == null) {
    
      } else if ((current.contactRoute != null && last.contactRoute == null) || (current.contactRoute == null && last.contactRoute != null)) {
        diff.contactRoute = current.contactRoute;
      } else if (last.contactRoute !== current.contactRoute) {
        diff.contactRoute = current.contactRoute;
      }
    
      if (current.availableRounds === null && last.availableRounds === undefined) {
        diff.availableRounds = current.availableRounds;
      } else if (current.availableRounds == null && last.availableRounds == null) {
    
      } else if ((current.availableRounds != null && last.availableRounds == null) || (current.availableRounds == null && last.availableRounds != null)) {
        diff.availableRounds = current.availableRounds;
      } else if (!equals(last.availableRounds, current.availableRounds)) {
        diff.availableRounds = current.availableRounds;
      }
    
      if (current.maxConversations === null && last.maxConversations === undefined) {
        diff.maxConversations = current.maxConversations;
      } else if (current.maxConversations == null && last.maxConversations == null) {
    
      } else if ((current.maxConversations != null && last.maxConversations == null) || (current.maxConversations == null && last.maxConversations != null)) {
        diff.maxConversations = current.maxConversations;
      } else if (!equals(last.maxConversations, current.maxConversations)) {
        diff.maxConversations = current.maxConversations;
      }
    
      if (current.attended === null && last.attended === undefined) {
        diff.attended = current.attended;
      } else if (current.attended == null && last.attended == null) {
    
      } else if ((current.attended != null && last.attended == null) || (current.attended == null && last.attended != null)) {
        diff.attended = current.attended;
      } else if (!compareBooleans(last.attended, current.attended)) {
        diff.attended = current.attended;
      }
    
      if (current.invitedByUserId === null && last.invitedByUserId === undefined) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (current.invitedByUserId == null && last.invitedByUserId == null) {
    
      } else if ((current.invitedByUserId != null && last.invitedByUserId == null) || (current.invitedByUserId == null && last.invitedByUserId != null)) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (last.invitedByUserId !== current.invitedByUserId) {
        diff.invitedByUserId = current.invitedByUserId;
      }
    
      if (current.invitedAt === null && last.invitedAt === undefined) {
        diff.invitedAt = current.invitedAt;
      } else if (current.invitedAt == null && last.invitedAt == null) {
    
      } else if ((current.invitedAt != null && last.invitedAt == null) || (current.invitedAt == null && last.invitedAt != null)) {
        diff.invitedAt = current.invitedAt;
      } else if (last.invitedAt.valueOf() !== current.invitedAt.valueOf()) {
        diff.invitedAt = current.invitedAt;
      }
    
      if (current.respondedByUserId === null && last.respondedByUserId === undefined) {
        diff.respondedByUserId = current.respondedByUserId;
      } else if (current.respondedByUserId == null && last.respondedByUserId == null) {
    
      } else if ((current.respondedByUserId != null && last.respondedByUserId == null) || (current.respondedByUserId == null && last.respondedByUserId != null)) {
        diff.respondedByUserId = current.respondedByUserId;
      } else if (last.respondedByUserId !== current.respondedByUserId) {
        diff.respondedByUserId = current.respondedByUserId;
      }
    
      if (current.respondedAt === null && last.respondedAt === undefined) {
        diff.respondedAt = current.respondedAt;
      } else if (current.respondedAt == null && last.respondedAt == null) {
    
      } else if ((current.respondedAt != null && last.respondedAt == null) || (current.respondedAt == null && last.respondedAt != null)) {
        diff.respondedAt = current.respondedAt;
      } else if (last.respondedAt.valueOf() !== current.respondedAt.valueOf()) {
        diff.respondedAt = current.respondedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_participant_15000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_availableRounds, convertToDatabaseValue_invitedByUserId, processDateProperty, convertToDatabaseValue_respondedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.contactRoute !== 'undefined') {
        ret.contactRoute = entity.contactRoute;
      }
    
      if (typeof entity.availableRounds !== 'undefined') {
        ret.availableRounds = clone(convertToDatabaseValue_availableRounds(entity.availableRounds));
      }
    
      if (typeof entity.maxConversations !== 'undefined') {
        ret.maxConversations = clone(entity.maxConversations);
      }
    
      if (typeof entity.attended !== 'undefined') {
        ret.attended = entity.attended;
      }
    
      if (typeof entity.invitedByUserId !== 'undefined') {
        ret.invitedByUserId = convertToDatabaseValue_invitedByUserId(entity.invitedByUserId);
      }
    
      if (typeof entity.invitedAt !== 'undefined') {
        ret.invitedAt = clone(processDateProperty(entity.invitedAt));
      }
    
      if (typeof entity.respondedByUserId !== 'undefined') {
        ret.respondedByUserId = convertToDatabaseValue_respondedByUserId(entity.respondedByUserId);
      }
    
      if (typeof entity.respondedAt !== 'undefined') {
        ret.respondedAt = clone(processDateProperty(entity.respondedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_participant_15000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreetParticipant
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.contact_route !== 'undefined') {
        ret.contactRoute = result.contact_route;
        mapped.contact_route = true;
      }
      if (typeof result.available_rounds !== 'undefined') {
        ret.availableRounds = result.available_rounds;
        mapped.available_rounds = true;
      }
      if (typeof result.max_conversations !== 'undefined') {
        ret.maxConversations = result.max_conversations;
        mapped.max_conversations = true;
      }
      if (typeof result.attended !== 'undefined') {
        ret.attended = result.attended == null ? result.attended : !!result.attended;
        mapped.attended = true;
      }
      if (typeof result.invited_by_user_id !== 'undefined') {
        ret.invitedByUserId = result.invited_by_user_id;
        mapped.invited_by_user_id = true;
      }
      if (typeof result.invited_at !== 'undefined') {
        if (result.invited_at == null || result.invited_at instanceof Date) {
          ret.invitedAt = result.invited_at;
        } else if (typeof result.invited_at === 'bigint') {
          ret.invitedAt = parseDate(Number(result.invited_at));
        } else if (typeof result.invited_at === 'number' || result.invited_at.includes('+') || result.invited_at.lastIndexOf('-') > 10 || result.invited_at.endsWith('Z')) {
          ret.invitedAt = parseDate(result.invited_at);
        } else {
          ret.invitedAt = parseDate(result.invited_at + 'Z');
        }
        mapped.invited_at = true;
      }
      if (typeof result.responded_by_user_id !== 'undefined') {
        ret.respondedByUserId = result.responded_by_user_id;
        mapped.responded_by_user_id = true;
      }
      if (typeof result.responded_at !== 'undefined') {
        if (result.responded_at == null || result.responded_at instanceof Date) {
          ret.respondedAt = result.responded_at;
        } else if (typeof result.responded_at === 'bigint') {
          ret.respondedAt = parseDate(Number(result.responded_at));
        } else if (typeof result.responded_at === 'number' || result.responded_at.includes('+') || result.responded_at.lastIndexOf('-') > 10 || result.responded_at.endsWith('Z')) {
          ret.respondedAt = parseDate(result.responded_at);
        } else {
          ret.respondedAt = parseDate(result.responded_at + 'Z');
        }
        mapped.responded_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_participant_15000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetParticipant ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_participant_15000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetParticipant ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_participant_15000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreetParticipant
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_participant_15000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreetParticipant
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_participant_15000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MeetAndGreetParticipant
    return function(entity) {
      const val_25 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_25);
    }
  },
  'hydrator-meet_and_greet_employer_13000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_723, meet_and_greet_724, organisation_725, organisation_726, convertToJSValue_availableRounds, convertToDatabaseValue_availableRounds, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_respondedByUserId, convertToDatabaseValue_respondedByUserId) {
    // compiled hydrator for entity MeetAndGreetEmployer ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_723, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_724, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_725, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_726, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.tables === null) {
        entity.tables = null;
      } else if (typeof data.tables !== 'undefined') {
        entity.tables = data.tables;
      }
      if (data.availableRounds === null) {
        entity.availableRounds = null;
      } else if (typeof data.availableRounds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_availableRounds(data.availableRounds);
          data.availableRounds = convertToDatabaseValue_availableRounds(value);
          entity.availableRounds = value;
        } else {
          entity.availableRounds = data.availableRounds;
        }
      }
      if (data.attended === null) {
        entity.attended = null;
      } else if (typeof data.attended !== 'undefined') {
        entity.attended = !!data.attended;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.respondedByUserId === null) {
        entity.respondedByUserId = null;
      } else if (typeof data.respondedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_respondedByUserId(data.respondedByUserId);
          entity.respondedByUserId = value;
        } else {
          entity.respondedByUserId = data.respondedByUserId;
        }
      }
      if (data.respondedAt === null) {
        entity.respondedAt = null;
      } else if (typeof data.respondedAt !== 'undefined') {
        if (data.respondedAt instanceof Date) {
          entity.respondedAt = data.respondedAt;
        } else if (typeof data.respondedAt === 'number' || data.respondedAt.includes('+') || data.respondedAt.lastIndexOf('-') > 10 || data.respondedAt.endsWith('Z')) {
          entity.respondedAt = new Date(data.respondedAt);
        } else {
          entity.respondedAt = new Date(data.respondedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-meet_and_greet_employer_13000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, meet_and_greet_737, meet_and_greet_738, organisation_739, organisation_740, convertToJSValue_availableRounds, convertToDatabaseValue_availableRounds, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_respondedByUserId, convertToDatabaseValue_respondedByUserId) {
    // compiled hydrator for entity MeetAndGreetEmployer ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_737, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_738, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_739, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_740, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.tables === null) {
        entity.tables = null;
      } else if (typeof data.tables !== 'undefined') {
        entity.tables = data.tables;
      }
      if (data.availableRounds === null) {
        entity.availableRounds = null;
      } else if (typeof data.availableRounds !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_availableRounds(data.availableRounds);
          data.availableRounds = convertToDatabaseValue_availableRounds(value);
          entity.availableRounds = value;
        } else {
          entity.availableRounds = data.availableRounds;
        }
      }
      if (data.attended === null) {
        entity.attended = null;
      } else if (typeof data.attended !== 'undefined') {
        entity.attended = !!data.attended;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.respondedByUserId === null) {
        entity.respondedByUserId = null;
      } else if (typeof data.respondedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_respondedByUserId(data.respondedByUserId);
          entity.respondedByUserId = value;
        } else {
          entity.respondedByUserId = data.respondedByUserId;
        }
      }
      if (data.respondedAt === null) {
        entity.respondedAt = null;
      } else if (typeof data.respondedAt !== 'undefined') {
        if (data.respondedAt instanceof Date) {
          entity.respondedAt = data.respondedAt;
        } else if (typeof data.respondedAt === 'number' || data.respondedAt.includes('+') || data.respondedAt.lastIndexOf('-') > 10 || data.respondedAt.endsWith('Z')) {
          entity.respondedAt = new Date(data.respondedAt);
        } else {
          entity.respondedAt = new Date(data.respondedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-meet_and_greet_employer_13000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreetEmployer
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.tables === null && last.tables === undefined) {
        diff.tables = current.tables;
      } else if (current.tables == null && last.tables == null) {
    
      } else if ((current.tables != null && last.tables == null) || (current.tables == null && last.tables != null)) {
        diff.tables = current.tables;
      } else if (!equals(last.tables, current.tables)) {
        diff.tables = current.tables;
      }
    
      if (current.availableRounds === null && last.availableRounds === undefined) {
        diff.availableRounds = current.availableRounds;
      } else if (current.availableRounds == null && last.availableRounds == null) {
    
      } else if ((current.availableRounds != null && last.availableRounds == null) || (current.availableRounds == null && last.availableRounds != null)) {
        diff.availableRounds = current.availableRounds;
      } else if (!equals(last.availableRounds, current.availableRounds)) {
        diff.availableRounds = current.availableRounds;
      }
    
      if (current.attended === null && last.attended === undefined) {
        diff.attended = current.attended;
      } else if (current.attended == null && last.attended == null) {
    
      } else if ((current.attended != null && last.attended == null) || (current.attended == null && last.attended != null)) {
        diff.attended = current.attended;
      } else if (!compareBooleans(last.attended, current.attended)) {
        diff.attended = current.attended;
      }
    
      if (current.invitedByUserId === null && last.invitedByUserId === undefined) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (current.invitedByUserId == null && last.invitedByUserId == null) {
    
      } else if ((current.invitedByUserId != null && last.invitedByUserId == null) || (current.invitedByUserId == null && last.invitedByUserId != null)) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (last.invitedByUserId !== current.invitedByUserId) {
        diff.invitedByUserId = current.invitedByUserId;
      }
    
      if (current.invitedAt === null && last.invitedAt === undefined) {
        diff.invitedAt = current.invitedAt;
      } else if (current.invitedAt == null && last.invitedAt == null) {
    
      } else if ((current.invitedAt != null && last.invitedAt == null) || (current.invitedAt == null && last.invitedAt != null)) {
        diff.invitedAt = current.invitedAt;
      } else if (last.invitedAt.valueOf() !== current.invitedAt.valueOf()) {
        diff.invitedAt = current.invitedAt;
      }
    
      if (current.respondedByUserId === null && last.respondedByUserId === undefined) {
        diff.respondedByUserId = current.respondedByUserId;
      } else if (current.respondedByUserId == null && last.respondedByUserId == null) {
    
      } else if ((current.respondedByUserId != null && last.respondedByUserId == null) || (current.respondedByUserId == null && last.respondedByUserId != null)) {
        diff.respondedByUserId = current.respondedByUserId;
      } else if (last.respondedByUserId !== current.respondedByUserId) {
        diff.respondedByUserId = current.respondedByUserId;
      }
    
      if (current.respondedAt === null && last.respondedAt === undefined) {
        diff.respondedAt = current.respondedAt;
      } else if (current.respondedAt == null && last.respondedAt == null) {
    
      } else if ((current.respondedAt != null && last.respondedAt == null) || (current.respondedAt == null && last.respondedAt != null)) {
        diff.respondedAt = current.respondedAt;
      } else if (last.respondedAt.valueOf() !== current.respondedAt.valueOf()) {
        diff.respondedAt = current.respondedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_employer_13000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_availableRounds, convertToDatabaseValue_invitedByUserId, processDateProperty, convertToDatabaseValue_respondedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.tables !== 'undefined') {
        ret.tables = clone(entity.tables);
      }
    
      if (typeof entity.availableRounds !== 'undefined') {
        ret.availableRounds = clone(convertToDatabaseValue_availableRounds(entity.availableRounds));
      }
    
      if (typeof entity.attended !== 'undefined') {
        ret.attended = entity.attended;
      }
    
      if (typeof entity.invitedByUserId !== 'undefined') {
        ret.invitedByUserId = convertToDatabaseValue_invitedByUserId(entity.invitedByUserId);
      }
    
      if (typeof entity.invitedAt !== 'undefined') {
        ret.invitedAt = clone(processDateProperty(entity.invitedAt));
      }
    
      if (typeof entity.respondedByUserId !== 'undefined') {
        ret.respondedByUserId = convertToDatabaseValue_respondedByUserId(entity.respondedByUserId);
      }
    
      if (typeof entity.respondedAt !== 'undefined') {
        ret.respondedAt = clone(processDateProperty(entity.respondedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_employer_13000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreetEmployer
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.tables !== 'undefined') {
        ret.tables = result.tables;
        mapped.tables = true;
      }
      if (typeof result.available_rounds !== 'undefined') {
        ret.availableRounds = result.available_rounds;
        mapped.available_rounds = true;
      }
      if (typeof result.attended !== 'undefined') {
        ret.attended = result.attended == null ? result.attended : !!result.attended;
        mapped.attended = true;
      }
      if (typeof result.invited_by_user_id !== 'undefined') {
        ret.invitedByUserId = result.invited_by_user_id;
        mapped.invited_by_user_id = true;
      }
      if (typeof result.invited_at !== 'undefined') {
        if (result.invited_at == null || result.invited_at instanceof Date) {
          ret.invitedAt = result.invited_at;
        } else if (typeof result.invited_at === 'bigint') {
          ret.invitedAt = parseDate(Number(result.invited_at));
        } else if (typeof result.invited_at === 'number' || result.invited_at.includes('+') || result.invited_at.lastIndexOf('-') > 10 || result.invited_at.endsWith('Z')) {
          ret.invitedAt = parseDate(result.invited_at);
        } else {
          ret.invitedAt = parseDate(result.invited_at + 'Z');
        }
        mapped.invited_at = true;
      }
      if (typeof result.responded_by_user_id !== 'undefined') {
        ret.respondedByUserId = result.responded_by_user_id;
        mapped.responded_by_user_id = true;
      }
      if (typeof result.responded_at !== 'undefined') {
        if (result.responded_at == null || result.responded_at instanceof Date) {
          ret.respondedAt = result.responded_at;
        } else if (typeof result.responded_at === 'bigint') {
          ret.respondedAt = parseDate(Number(result.responded_at));
        } else if (typeof result.responded_at === 'number' || result.responded_at.includes('+') || result.responded_at.lastIndexOf('-') > 10 || result.responded_at.endsWith('Z')) {
          ret.respondedAt = parseDate(result.responded_at);
        } else {
          ret.respondedAt = parseDate(result.responded_at + 'Z');
        }
        mapped.responded_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_employer_13000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetEmployer ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_employer_13000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetEmployer ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_employer_13000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreetEmployer
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_employer_13000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreetEmployer
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_employer_13000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MeetAndGreetEmployer
    return function(entity) {
      const val_26 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_26);
    }
  },
  'hydrator-meet_and_greet_agenda_mail_30000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId, convertToJSValue_recipientUserId, convertToDatabaseValue_recipientUserId, convertToJSValue_jobSeekerId, convertToDatabaseValue_jobSeekerId, convertToJSValue_employerId, convertToDatabaseValue_employerId, convertToJSValue_mailDeliveryId, convertToDatabaseValue_mailDeliveryId) {
    // compiled hydrator for entity MeetAndGreetAgendaMail ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
      if (data.recipientKey === null) {
        entity.recipientKey = null;
      } else if (typeof data.recipientKey !== 'undefined') {
        entity.recipientKey = data.recipientKey;
      }
      if (data.recipientKind === null) {
        entity.recipientKind = null;
      } else if (typeof data.recipientKind !== 'undefined') {
        entity.recipientKind = data.recipientKind;
      }
      if (data.recipientUserId === null) {
        entity.recipientUserId = null;
      } else if (typeof data.recipientUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recipientUserId(data.recipientUserId);
          entity.recipientUserId = value;
        } else {
          entity.recipientUserId = data.recipientUserId;
        }
      }
      if (data.jobSeekerId === null) {
        entity.jobSeekerId = null;
      } else if (typeof data.jobSeekerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_jobSeekerId(data.jobSeekerId);
          entity.jobSeekerId = value;
        } else {
          entity.jobSeekerId = data.jobSeekerId;
        }
      }
      if (data.employerId === null) {
        entity.employerId = null;
      } else if (typeof data.employerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_employerId(data.employerId);
          entity.employerId = value;
        } else {
          entity.employerId = data.employerId;
        }
      }
      if (data.toAddress === null) {
        entity.toAddress = null;
      } else if (typeof data.toAddress !== 'undefined') {
        entity.toAddress = data.toAddress;
      }
      if (data.uid === null) {
        entity.uid = null;
      } else if (typeof data.uid !== 'undefined') {
        entity.uid = data.uid;
      }
      if (data.sequence === null) {
        entity.sequence = null;
      } else if (typeof data.sequence !== 'undefined') {
        entity.sequence = data.sequence;
      }
      if (data.method === null) {
        entity.method = null;
      } else if (typeof data.method !== 'undefined') {
        entity.method = data.method;
      }
      if (data.contentHash === null) {
        entity.contentHash = null;
      } else if (typeof data.contentHash !== 'undefined') {
        entity.contentHash = data.contentHash;
      }
      if (data.mailDeliveryId === null) {
        entity.mailDeliveryId = null;
      } else if (typeof data.mailDeliveryId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_mailDeliveryId(data.mailDeliveryId);
          entity.mailDeliveryId = value;
        } else {
          entity.mailDeliveryId = data.mailDeliveryId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'hydrator-meet_and_greet_agenda_mail_30000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId, convertToJSValue_recipientUserId, convertToDatabaseValue_recipientUserId, convertToJSValue_jobSeekerId, convertToDatabaseValue_jobSeekerId, convertToJSValue_employerId, convertToDatabaseValue_employerId, convertToJSValue_mailDeliveryId, convertToDatabaseValue_mailDeliveryId) {
    // compiled hydrator for entity MeetAndGreetAgendaMail ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
      if (data.recipientKey === null) {
        entity.recipientKey = null;
      } else if (typeof data.recipientKey !== 'undefined') {
        entity.recipientKey = data.recipientKey;
      }
      if (data.recipientKind === null) {
        entity.recipientKind = null;
      } else if (typeof data.recipientKind !== 'undefined') {
        entity.recipientKind = data.recipientKind;
      }
      if (data.recipientUserId === null) {
        entity.recipientUserId = null;
      } else if (typeof data.recipientUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recipientUserId(data.recipientUserId);
          entity.recipientUserId = value;
        } else {
          entity.recipientUserId = data.recipientUserId;
        }
      }
      if (data.jobSeekerId === null) {
        entity.jobSeekerId = null;
      } else if (typeof data.jobSeekerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_jobSeekerId(data.jobSeekerId);
          entity.jobSeekerId = value;
        } else {
          entity.jobSeekerId = data.jobSeekerId;
        }
      }
      if (data.employerId === null) {
        entity.employerId = null;
      } else if (typeof data.employerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_employerId(data.employerId);
          entity.employerId = value;
        } else {
          entity.employerId = data.employerId;
        }
      }
      if (data.toAddress === null) {
        entity.toAddress = null;
      } else if (typeof data.toAddress !== 'undefined') {
        entity.toAddress = data.toAddress;
      }
      if (data.uid === null) {
        entity.uid = null;
      } else if (typeof data.uid !== 'undefined') {
        entity.uid = data.uid;
      }
      if (data.sequence === null) {
        entity.sequence = null;
      } else if (typeof data.sequence !== 'undefined') {
        entity.sequence = data.sequence;
      }
      if (data.method === null) {
        entity.method = null;
      } else if (typeof data.method !== 'undefined') {
        entity.method = data.method;
      }
      if (data.contentHash === null) {
        entity.contentHash = null;
      } else if (typeof data.contentHash !== 'undefined') {
        entity.contentHash = data.contentHash;
      }
      if (data.mailDeliveryId === null) {
        entity.mailDeliveryId = null;
      } else if (typeof data.mailDeliveryId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_mailDeliveryId(data.mailDeliveryId);
          entity.mailDeliveryId = value;
        } else {
          entity.mailDeliveryId = data.mailDeliveryId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
    }
  },
  'comparator-meet_and_greet_agenda_mail_30000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreetAgendaMail
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.meetAndGreetId === null && last.meetAndGreetId === undefined) {
        diff.meetAndGreetId = current.meetAndGreetId;
      } else if (current.meetAndGreetId == null && last.meetAndGreetId == null) {
    
      } else if ((current.meetAndGreetId != null && last.meetAndGreetId == null) || (current.meetAndGreetId == null && last.meetAndGreetId != null)) {
        diff.meetAndGreetId = current.meetAndGreetId;
      } else if (last.meetAndGreetId !== current.meetAndGreetId) {
        diff.meetAndGreetId = current.meetAndGreetId;
      }
    
      if (current.recipientKey === null && last.recipientKey === undefined) {
        diff.recipientKey = current.recipientKey;
      } else if (current.recipientKey == null && last.recipientKey == null) {
    
      } else if ((current.recipientKey != null && last.recipientKey == null) || (current.recipientKey == null && last.recipientKey != null)) {
        diff.recipientKey = current.recipientKey;
      } else if (last.recipientKey !== current.recipientKey) {
        diff.recipientKey = current.recipientKey;
      }
    
      if (current.recipientKind === null && last.recipientKind === undefined) {
        diff.recipientKind = current.recipientKind;
      } else if (current.recipientKind == null && last.recipientKind == null) {
    
      } else if ((current.recipientKind != null && last.recipientKind == null) || (current.recipientKind == null && last.recipientKind != null)) {
        diff.recipientKind = current.recipientKind;
      } else if (last.recipientKind !== current.recipientKind) {
        diff.recipientKind = current.recipientKind;
      }
    
      if (current.recipientUserId === null && last.recipientUserId === undefined) {
        diff.recipientUserId = current.recipientUserId;
      } else if (current.recipientUserId == null && last.recipientUserId == null) {
    
      } else if ((current.recipientUserId != null && last.recipientUserId == null) || (current.recipientUserId == null && last.recipientUserId != null)) {
        diff.recipientUserId = current.recipientUserId;
      } else if (last.recipientUserId !== current.recipientUserId) {
        diff.recipientUserId = current.recipientUserId;
      }
    
      if (current.jobSeekerId === null && last.jobSeekerId === undefined) {
        diff.jobSeekerId = current.jobSeekerId;
      } else if (current.jobSeekerId == null && last.jobSeekerId == null) {
    
      } else if ((current.jobSeekerId != null && last.jobSeekerId == null) || (current.jobSeekerId == null && last.jobSeekerId != null)) {
        diff.jobSeekerId = current.jobSeekerId;
      } else if (last.jobSeekerId !== current.jobSeekerId) {
        diff.jobSeekerId = current.jobSeekerId;
      }
    
      if (current.employerId === null && last.employerId === undefined) {
        diff.employerId = current.employerId;
      } else if (current.employerId == null && last.employerId == null) {
    
      } else if ((current.employerId != null && last.employerId == null) || (current.employerId == null && last.employerId != null)) {
        diff.employerId = current.employerId;
      } else if (last.employerId !== current.employerId) {
        diff.employerId = current.employerId;
      }
    
      if (current.toAddress === null && last.toAddress === undefined) {
        diff.toAddress = current.toAddress;
      } else if (current.toAddress == null && last.toAddress == null) {
    
      } else if ((current.toAddress != null && last.toAddress == null) || (current.toAddress == null && last.toAddress != null)) {
        diff.toAddress = current.toAddress;
      } else if (last.toAddress !== current.toAddress) {
        diff.toAddress = current.toAddress;
      }
    
      if (current.uid === null && last.uid === undefined) {
        diff.uid = current.uid;
      } else if (current.uid == null && last.uid == null) {
    
      } else if ((current.uid != null && last.uid == null) || (current.uid == null && last.uid != null)) {
        diff.uid = current.uid;
      } else if (last.uid !== current.uid) {
        diff.uid = current.uid;
      }
    
      if (current.sequence === null && last.sequence === undefined) {
        diff.sequence = current.sequence;
      } else if (current.sequence == null && last.sequence == null) {
    
      } else if ((current.sequence != null && last.sequence == null) || (current.sequence == null && last.sequence != null)) {
        diff.sequence = current.sequence;
      } else if (!equals(last.sequence, current.sequence)) {
        diff.sequence = current.sequence;
      }
    
      if (current.method === null && last.method === undefined) {
        diff.method = current.method;
      } else if (current.method == null && last.method == null) {
    
      } else if ((current.method != null && last.method == null) || (current.method == null && last.method != null)) {
        diff.method = current.method;
      } else if (last.method !== current.method) {
        diff.method = current.method;
      }
    
      if (current.contentHash === null && last.contentHash === undefined) {
        diff.contentHash = current.contentHash;
      } else if (current.contentHash == null && last.contentHash == null) {
    
      } else if ((current.contentHash != null && last.contentHash == null) || (current.contentHash == null && last.contentHash != null)) {
        diff.contentHash = current.contentHash;
      } else if (last.contentHash !== current.contentHash) {
        diff.contentHash = current.contentHash;
      }
    
      if (current.mailDeliveryId === null && last.mailDeliveryId === undefined) {
        diff.mailDeliveryId = current.mailDeliveryId;
      } else if (current.mailDeliveryId == null && last.mailDeliveryId == null) {
    
      } else if ((current.mailDeliveryId != null && last.mailDeliveryId == null) || (current.mailDeliveryId == null && last.mailDeliveryId != null)) {
        diff.mailDeliveryId = current.mailDeliveryId;
      } else if (last.mailDeliveryId !== current.mailDeliveryId) {
        diff.mailDeliveryId = current.mailDeliveryId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_agenda_mail_30000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, convertToDatabaseValue_meetAndGreetId, convertToDatabaseValue_recipientUserId, convertToDatabaseValue_jobSeekerId, convertToDatabaseValue_employerId, convertToDatabaseValue_mailDeliveryId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.meetAndGreetId !== 'undefined') {
        ret.meetAndGreetId = convertToDatabaseValue_meetAndGreetId(entity.meetAndGreetId);
      }
    
      if (typeof entity.recipientKey !== 'undefined') {
        ret.recipientKey = entity.recipientKey;
      }
    
      if (typeof entity.recipientKind !== 'undefined') {
        ret.recipientKind = entity.recipientKind;
      }
    
      if (typeof entity.recipientUserId !== 'undefined') {
        ret.recipientUserId = convertToDatabaseValue_recipientUserId(entity.recipientUserId);
      }
    
      if (typeof entity.jobSeekerId !== 'undefined') {
        ret.jobSeekerId = convertToDatabaseValue_jobSeekerId(entity.jobSeekerId);
      }
    
      if (typeof entity.employerId !== 'undefined') {
        ret.employerId = convertToDatabaseValue_employerId(entity.employerId);
      }
    
      if (typeof entity.toAddress !== 'undefined') {
        ret.toAddress = entity.toAddress;
      }
    
      if (typeof entity.uid !== 'undefined') {
        ret.uid = entity.uid;
      }
    
      if (typeof entity.sequence !== 'undefined') {
        ret.sequence = clone(entity.sequence);
      }
    
      if (typeof entity.method !== 'undefined') {
        ret.method = entity.method;
      }
    
      if (typeof entity.contentHash !== 'undefined') {
        ret.contentHash = entity.contentHash;
      }
    
      if (typeof entity.mailDeliveryId !== 'undefined') {
        ret.mailDeliveryId = convertToDatabaseValue_mailDeliveryId(entity.mailDeliveryId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_agenda_mail_30000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreetAgendaMail
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreetId = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.recipient_key !== 'undefined') {
        ret.recipientKey = result.recipient_key;
        mapped.recipient_key = true;
      }
      if (typeof result.recipient_kind !== 'undefined') {
        ret.recipientKind = result.recipient_kind;
        mapped.recipient_kind = true;
      }
      if (typeof result.recipient_user_id !== 'undefined') {
        ret.recipientUserId = result.recipient_user_id;
        mapped.recipient_user_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeekerId = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employerId = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.to_address !== 'undefined') {
        ret.toAddress = result.to_address;
        mapped.to_address = true;
      }
      if (typeof result.uid !== 'undefined') {
        ret.uid = result.uid;
        mapped.uid = true;
      }
      if (typeof result.sequence !== 'undefined') {
        ret.sequence = result.sequence;
        mapped.sequence = true;
      }
      if (typeof result.method !== 'undefined') {
        ret.method = result.method;
        mapped.method = true;
      }
      if (typeof result.content_hash !== 'undefined') {
        ret.contentHash = result.content_hash;
        mapped.content_hash = true;
      }
      if (typeof result.mail_delivery_id !== 'undefined') {
        ret.mailDeliveryId = result.mail_delivery_id;
        mapped.mail_delivery_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_agenda_mail_30000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetAgendaMail ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_agenda_mail_30000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreetAgendaMail ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_agenda_mail_30000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreetAgendaMail
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_agenda_mail_30000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreetAgendaMail
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_agenda_mail_30000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MeetAndGreetAgendaMail
    return function(entity) {
      const val_27 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_27);
    }
  },
  'hydrator-meet_and_greet_agenda_change_31000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId) {
    // compiled hydrator for entity MeetAndGreetAgendaChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
    }
  },
  'hydrator-meet_and_greet_agenda_change_31000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId) {
    // compiled hydrator for entity MeetAndGreetAgendaChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
    }
  },
  'comparator-meet_and_greet_agenda_change_31000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreetAgendaChange
    return function(last, current, options) {
      const diff = {};
      if (current.meetAndGreetId === null && last.meetAndGreetId === undefined) {
        diff.meetAndGreetId = current.meetAndGreetId;
      } else if (current.meetAndGreetId == null && last.meetAndGreetId == null) {
    
      } else if ((current.meetAndGreetId != null && last.meetAndGreetId == null) || (current.meetAndGreetId == null && last.meetAndGreetId != null)) {
        diff.meetAndGreetId = current.meetAndGreetId;
      } else if (last.meetAndGreetId !== current.meetAndGreetId) {
        diff.meetAndGreetId = current.meetAndGreetId;
      }
    
      if (current.changedAt === null && last.changedAt === undefined) {
        diff.changedAt = current.changedAt;
      } else if (current.changedAt == null && last.changedAt == null) {
    
      } else if ((current.changedAt != null && last.changedAt == null) || (current.changedAt == null && last.changedAt != null)) {
        diff.changedAt = current.changedAt;
      } else if (last.changedAt.valueOf() !== current.changedAt.valueOf()) {
        diff.changedAt = current.changedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_agenda_change_31000': function(clone, cloneEmbeddable, convertToDatabaseValue_meetAndGreetId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.meetAndGreetId !== 'undefined') {
        ret.meetAndGreetId = convertToDatabaseValue_meetAndGreetId(entity.meetAndGreetId);
      }
    
      if (typeof entity.changedAt !== 'undefined') {
        ret.changedAt = clone(processDateProperty(entity.changedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_agenda_change_31000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreetAgendaChange
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreetId = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.changed_at !== 'undefined') {
        if (result.changed_at == null || result.changed_at instanceof Date) {
          ret.changedAt = result.changed_at;
        } else if (typeof result.changed_at === 'bigint') {
          ret.changedAt = parseDate(Number(result.changed_at));
        } else if (typeof result.changed_at === 'number' || result.changed_at.includes('+') || result.changed_at.lastIndexOf('-') > 10 || result.changed_at.endsWith('Z')) {
          ret.changedAt = parseDate(result.changed_at);
        } else {
          ret.changedAt = parseDate(result.changed_at + 'Z');
        }
        mapped.changed_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_agenda_change_31000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId) {
    // compiled hydrator for entity MeetAndGreetAgendaChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
    }
  },
  'hydrator-meet_and_greet_agenda_change_31000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_meetAndGreetId, convertToDatabaseValue_meetAndGreetId) {
    // compiled hydrator for entity MeetAndGreetAgendaChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.meetAndGreetId === null) {
        entity.meetAndGreetId = null;
      } else if (typeof data.meetAndGreetId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_meetAndGreetId(data.meetAndGreetId);
          entity.meetAndGreetId = value;
        } else {
          entity.meetAndGreetId = data.meetAndGreetId;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_agenda_change_31000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreetAgendaChange
    return function(entity) {
      return entity.meetAndGreetId;
    }
  },
  'pkGetterConverted-meet_and_greet_agenda_change_31000': function(isEntityOrRef, convertToDatabaseValue_meetAndGreetId) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreetAgendaChange
    return function(entity) {
      return convertToDatabaseValue_meetAndGreetId(entity.meetAndGreetId);
    }
  },
  'pkSerializer-meet_and_greet_agenda_change_31000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_meetAndGreetId) {
    // compiled pk serializer for entity MeetAndGreetAgendaChange
    return function(entity) {
      const val_28 = convertToDatabaseValue_meetAndGreetId(entity.meetAndGreetId);
      return getPrimaryKeyHash(val_28);
    }
  },
  'hydrator-meet_and_greet_12000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_scheduleFixedByUserId, convertToDatabaseValue_scheduleFixedByUserId, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity MeetAndGreet ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.eventDate === null) {
        entity.eventDate = null;
      } else if (typeof data.eventDate !== 'undefined') {
        entity.eventDate = data.eventDate;
      }
      if (data.startTime === null) {
        entity.startTime = null;
      } else if (typeof data.startTime !== 'undefined') {
        entity.startTime = data.startTime;
      }
      if (data.place === null) {
        entity.place = null;
      } else if (typeof data.place !== 'undefined') {
        entity.place = data.place;
      }
      if (data.seekerCapacity === null) {
        entity.seekerCapacity = null;
      } else if (typeof data.seekerCapacity !== 'undefined') {
        entity.seekerCapacity = data.seekerCapacity;
      }
      if (data.rounds === null) {
        entity.rounds = null;
      } else if (typeof data.rounds !== 'undefined') {
        entity.rounds = data.rounds;
      }
      if (data.roundMinutes === null) {
        entity.roundMinutes = null;
      } else if (typeof data.roundMinutes !== 'undefined') {
        entity.roundMinutes = data.roundMinutes;
      }
      if (data.breakMinutes === null) {
        entity.breakMinutes = null;
      } else if (typeof data.breakMinutes !== 'undefined') {
        entity.breakMinutes = data.breakMinutes;
      }
      if (data.maxConversationsPerSeeker === null) {
        entity.maxConversationsPerSeeker = null;
      } else if (typeof data.maxConversationsPerSeeker !== 'undefined') {
        entity.maxConversationsPerSeeker = data.maxConversationsPerSeeker;
      }
      if (data.shortlistSize === null) {
        entity.shortlistSize = null;
      } else if (typeof data.shortlistSize !== 'undefined') {
        entity.shortlistSize = data.shortlistSize;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.scheduleProposedAt === null) {
        entity.scheduleProposedAt = null;
      } else if (typeof data.scheduleProposedAt !== 'undefined') {
        if (data.scheduleProposedAt instanceof Date) {
          entity.scheduleProposedAt = data.scheduleProposedAt;
        } else if (typeof data.scheduleProposedAt === 'number' || data.scheduleProposedAt.includes('+') || data.scheduleProposedAt.lastIndexOf('-') > 10 || data.scheduleProposedAt.endsWith('Z')) {
          entity.scheduleProposedAt = new Date(data.scheduleProposedAt);
        } else {
          entity.scheduleProposedAt = new Date(data.scheduleProposedAt + 'Z');
        }
      }
      if (data.scheduleFixedAt === null) {
        entity.scheduleFixedAt = null;
      } else if (typeof data.scheduleFixedAt !== 'undefined') {
        if (data.scheduleFixedAt instanceof Date) {
          entity.scheduleFixedAt = data.scheduleFixedAt;
        } else if (typeof data.scheduleFixedAt === 'number' || data.scheduleFixedAt.includes('+') || data.scheduleFixedAt.lastIndexOf('-') > 10 || data.scheduleFixedAt.endsWith('Z')) {
          entity.scheduleFixedAt = new Date(data.scheduleFixedAt);
        } else {
          entity.scheduleFixedAt = new Date(data.scheduleFixedAt + 'Z');
        }
      }
      if (data.scheduleFixedByUserId === null) {
        entity.scheduleFixedByUserId = null;
      } else if (typeof data.scheduleFixedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_scheduleFixedByUserId(data.scheduleFixedByUserId);
          entity.scheduleFixedByUserId = value;
        } else {
          entity.scheduleFixedByUserId = data.scheduleFixedByUserId;
        }
      }
      if (data.heldAt === null) {
        entity.heldAt = null;
      } else if (typeof data.heldAt !== 'undefined') {
        if (data.heldAt instanceof Date) {
          entity.heldAt = data.heldAt;
        } else if (typeof data.heldAt === 'number' || data.heldAt.includes('+') || data.heldAt.lastIndexOf('-') > 10 || data.heldAt.endsWith('Z')) {
          entity.heldAt = new Date(data.heldAt);
        } else {
          entity.heldAt = new Date(data.heldAt + 'Z');
        }
      }
      if (data.cancelledAt === null) {
        entity.cancelledAt = null;
      } else if (typeof data.cancelledAt !== 'undefined') {
        if (data.cancelledAt instanceof Date) {
          entity.cancelledAt = data.cancelledAt;
        } else if (typeof data.cancelledAt === 'number' || data.cancelledAt.includes('+') || data.cancelledAt.lastIndexOf('-') > 10 || data.cancelledAt.endsWith('Z')) {
          entity.cancelledAt = new Date(data.cancelledAt);
        } else {
          entity.cancelledAt = new Date(data.cancelledAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-meet_and_greet_12000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_scheduleFixedByUserId, convertToDatabaseValue_scheduleFixedByUserId, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity MeetAndGreet ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.title === null) {
        entity.title = null;
      } else if (typeof data.title !== 'undefined') {
        entity.title = data.title;
      }
      if (data.eventDate === null) {
        entity.eventDate = null;
      } else if (typeof data.eventDate !== 'undefined') {
        entity.eventDate = data.eventDate;
      }
      if (data.startTime === null) {
        entity.startTime = null;
      } else if (typeof data.startTime !== 'undefined') {
        entity.startTime = data.startTime;
      }
      if (data.place === null) {
        entity.place = null;
      } else if (typeof data.place !== 'undefined') {
        entity.place = data.place;
      }
      if (data.seekerCapacity === null) {
        entity.seekerCapacity = null;
      } else if (typeof data.seekerCapacity !== 'undefined') {
        entity.seekerCapacity = data.seekerCapacity;
      }
      if (data.rounds === null) {
        entity.rounds = null;
      } else if (typeof data.rounds !== 'undefined') {
        entity.rounds = data.rounds;
      }
      if (data.roundMinutes === null) {
        entity.roundMinutes = null;
      } else if (typeof data.roundMinutes !== 'undefined') {
        entity.roundMinutes = data.roundMinutes;
      }
      if (data.breakMinutes === null) {
        entity.breakMinutes = null;
      } else if (typeof data.breakMinutes !== 'undefined') {
        entity.breakMinutes = data.breakMinutes;
      }
      if (data.maxConversationsPerSeeker === null) {
        entity.maxConversationsPerSeeker = null;
      } else if (typeof data.maxConversationsPerSeeker !== 'undefined') {
        entity.maxConversationsPerSeeker = data.maxConversationsPerSeeker;
      }
      if (data.shortlistSize === null) {
        entity.shortlistSize = null;
      } else if (typeof data.shortlistSize !== 'undefined') {
        entity.shortlistSize = data.shortlistSize;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.scheduleProposedAt === null) {
        entity.scheduleProposedAt = null;
      } else if (typeof data.scheduleProposedAt !== 'undefined') {
        if (data.scheduleProposedAt instanceof Date) {
          entity.scheduleProposedAt = data.scheduleProposedAt;
        } else if (typeof data.scheduleProposedAt === 'number' || data.scheduleProposedAt.includes('+') || data.scheduleProposedAt.lastIndexOf('-') > 10 || data.scheduleProposedAt.endsWith('Z')) {
          entity.scheduleProposedAt = new Date(data.scheduleProposedAt);
        } else {
          entity.scheduleProposedAt = new Date(data.scheduleProposedAt + 'Z');
        }
      }
      if (data.scheduleFixedAt === null) {
        entity.scheduleFixedAt = null;
      } else if (typeof data.scheduleFixedAt !== 'undefined') {
        if (data.scheduleFixedAt instanceof Date) {
          entity.scheduleFixedAt = data.scheduleFixedAt;
        } else if (typeof data.scheduleFixedAt === 'number' || data.scheduleFixedAt.includes('+') || data.scheduleFixedAt.lastIndexOf('-') > 10 || data.scheduleFixedAt.endsWith('Z')) {
          entity.scheduleFixedAt = new Date(data.scheduleFixedAt);
        } else {
          entity.scheduleFixedAt = new Date(data.scheduleFixedAt + 'Z');
        }
      }
      if (data.scheduleFixedByUserId === null) {
        entity.scheduleFixedByUserId = null;
      } else if (typeof data.scheduleFixedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_scheduleFixedByUserId(data.scheduleFixedByUserId);
          entity.scheduleFixedByUserId = value;
        } else {
          entity.scheduleFixedByUserId = data.scheduleFixedByUserId;
        }
      }
      if (data.heldAt === null) {
        entity.heldAt = null;
      } else if (typeof data.heldAt !== 'undefined') {
        if (data.heldAt instanceof Date) {
          entity.heldAt = data.heldAt;
        } else if (typeof data.heldAt === 'number' || data.heldAt.includes('+') || data.heldAt.lastIndexOf('-') > 10 || data.heldAt.endsWith('Z')) {
          entity.heldAt = new Date(data.heldAt);
        } else {
          entity.heldAt = new Date(data.heldAt + 'Z');
        }
      }
      if (data.cancelledAt === null) {
        entity.cancelledAt = null;
      } else if (typeof data.cancelledAt !== 'undefined') {
        if (data.cancelledAt instanceof Date) {
          entity.cancelledAt = data.cancelledAt;
        } else if (typeof data.cancelledAt === 'number' || data.cancelledAt.includes('+') || data.cancelledAt.lastIndexOf('-') > 10 || data.cancelledAt.endsWith('Z')) {
          entity.cancelledAt = new Date(data.cancelledAt);
        } else {
          entity.cancelledAt = new Date(data.cancelledAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-meet_and_greet_12000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MeetAndGreet
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.title === null && last.title === undefined) {
        diff.title = current.title;
      } else if (current.title == null && last.title == null) {
    
      } else if ((current.title != null && last.title == null) || (current.title == null && last.title != null)) {
        diff.title = current.title;
      } else if (last.title !== current.title) {
        diff.title = current.title;
      }
    
      if (current.eventDate === null && last.eventDate === undefined) {
        diff.eventDate = current.eventDate;
      } else if (current.eventDate == null && last.eventDate == null) {
    
      } else if ((current.eventDate != null && last.eventDate == null) || (current.eventDate == null && last.eventDate != null)) {
        diff.eventDate = current.eventDate;
      } else if (last.eventDate !== current.eventDate) {
        diff.eventDate = current.eventDate;
      }
    
      if (current.startTime === null && last.startTime === undefined) {
        diff.startTime = current.startTime;
      } else if (current.startTime == null && last.startTime == null) {
    
      } else if ((current.startTime != null && last.startTime == null) || (current.startTime == null && last.startTime != null)) {
        diff.startTime = current.startTime;
      } else if (last.startTime !== current.startTime) {
        diff.startTime = current.startTime;
      }
    
      if (current.place === null && last.place === undefined) {
        diff.place = current.place;
      } else if (current.place == null && last.place == null) {
    
      } else if ((current.place != null && last.place == null) || (current.place == null && last.place != null)) {
        diff.place = current.place;
      } else if (last.place !== current.place) {
        diff.place = current.place;
      }
    
      if (current.seekerCapacity === null && last.seekerCapacity === undefined) {
        diff.seekerCapacity = current.seekerCapacity;
      } else if (current.seekerCapacity == null && last.seekerCapacity == null) {
    
      } else if ((current.seekerCapacity != null && last.seekerCapacity == null) || (current.seekerCapacity == null && last.seekerCapacity != null)) {
        diff.seekerCapacity = current.seekerCapacity;
      } else if (!equals(last.seekerCapacity, current.seekerCapacity)) {
        diff.seekerCapacity = current.seekerCapacity;
      }
    
      if (current.rounds === null && last.rounds === undefined) {
        diff.rounds = current.rounds;
      } else if (current.rounds == null && last.rounds == null) {
    
      } else if ((current.rounds != null && last.rounds == null) || (current.rounds == null && last.rounds != null)) {
        diff.rounds = current.rounds;
      } else if (!equals(last.rounds, current.rounds)) {
        diff.rounds = current.rounds;
      }
    
      if (current.roundMinutes === null && last.roundMinutes === undefined) {
        diff.roundMinutes = current.roundMinutes;
      } else if (current.roundMinutes == null && last.roundMinutes == null) {
    
      } else if ((current.roundMinutes != null && last.roundMinutes == null) || (current.roundMinutes == null && last.roundMinutes != null)) {
        diff.roundMinutes = current.roundMinutes;
      } else if (!equals(last.roundMinutes, current.roundMinutes)) {
        diff.roundMinutes = current.roundMinutes;
      }
    
      if (current.breakMinutes === null && last.breakMinutes === undefined) {
        diff.breakMinutes = current.breakMinutes;
      } else if (current.breakMinutes == null && last.breakMinutes == null) {
    
      } else if ((current.breakMinutes != null && last.breakMinutes == null) || (current.breakMinutes == null && last.breakMinutes != null)) {
        diff.breakMinutes = current.breakMinutes;
      } else if (!equals(last.breakMinutes, current.breakMinutes)) {
        diff.breakMinutes = current.breakMinutes;
      }
    
      if (current.maxConversationsPerSeeker === null && last.maxConversationsPerSeeker === undefined) {
        diff.maxConversationsPerSeeker = current.maxConversationsPerSeeker;
      } else if (current.maxConversationsPerSeeker == null && last.maxConversationsPerSeeker == null) {
    
      } else if ((current.maxConversationsPerSeeker != null && last.maxConversationsPerSeeker == null) || (current.maxConversationsPerSeeker == null && last.maxConversationsPerSeeker != null)) {
        diff.maxConversationsPerSeeker = current.maxConversationsPerSeeker;
      } else if (!equals(last.maxConversationsPerSeeker, current.maxConversationsPerSeeker)) {
        diff.maxConversationsPerSeeker = current.maxConversationsPerSeeker;
      }
    
      if (current.shortlistSize === null && last.shortlistSize === undefined) {
        diff.shortlistSize = current.shortlistSize;
      } else if (current.shortlistSize == null && last.shortlistSize == null) {
    
      } else if ((current.shortlistSize != null && last.shortlistSize == null) || (current.shortlistSize == null && last.shortlistSize != null)) {
        diff.shortlistSize = current.shortlistSize;
      } else if (!equals(last.shortlistSize, current.shortlistSize)) {
        diff.shortlistSize = current.shortlistSize;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.scheduleProposedAt === null && last.scheduleProposedAt === undefined) {
        diff.scheduleProposedAt = current.scheduleProposedAt;
      } else if (current.scheduleProposedAt == null && last.scheduleProposedAt == null) {
    
      } else if ((current.scheduleProposedAt != null && last.scheduleProposedAt == null) || (current.scheduleProposedAt == null && last.scheduleProposedAt != null)) {
        diff.scheduleProposedAt = current.scheduleProposedAt;
      } else if (last.scheduleProposedAt.valueOf() !== current.scheduleProposedAt.valueOf()) {
        diff.scheduleProposedAt = current.scheduleProposedAt;
      }
    
      if (current.scheduleFixedAt === null && last.scheduleFixedAt === undefined) {
        diff.scheduleFixedAt = current.scheduleFixedAt;
      } else if (current.scheduleFixedAt == null && last.scheduleFixedAt == null) {
    
      } else if ((current.scheduleFixedAt != null && last.scheduleFixedAt == null) || (current.scheduleFixedAt == null && last.scheduleFixedAt != null)) {
        diff.scheduleFixedAt = current.scheduleFixedAt;
      } else if (last.scheduleFixedAt.valueOf() !== current.scheduleFixedAt.valueOf()) {
        diff.scheduleFixedAt = current.scheduleFixedAt;
      }
    
      if (current.scheduleFixedByUserId === null && last.scheduleFixedByUserId === undefined) {
        diff.scheduleFixedByUserId = current.scheduleFixedByUserId;
      } else if (current.scheduleFixedByUserId == null && last.scheduleFixedByUserId == null) {
    
      } else if ((current.scheduleFixedByUserId != null && last.scheduleFixedByUserId == null) || (current.scheduleFixedByUserId == null && last.scheduleFixedByUserId != null)) {
        diff.scheduleFixedByUserId = current.scheduleFixedByUserId;
      } else if (last.scheduleFixedByUserId !== current.scheduleFixedByUserId) {
        diff.scheduleFixedByUserId = current.scheduleFixedByUserId;
      }
    
      if (current.heldAt === null && last.heldAt === undefined) {
        diff.heldAt = current.heldAt;
      } else if (current.heldAt == null && last.heldAt == null) {
    
      } else if ((current.heldAt != null && last.heldAt == null) || (current.heldAt == null && last.heldAt != null)) {
        diff.heldAt = current.heldAt;
      } else if (last.heldAt.valueOf() !== current.heldAt.valueOf()) {
        diff.heldAt = current.heldAt;
      }
    
      if (current.cancelledAt === null && last.cancelledAt === undefined) {
        diff.cancelledAt = current.cancelledAt;
      } else if (current.cancelledAt == null && last.cancelledAt == null) {
    
      } else if ((current.cancelledAt != null && last.cancelledAt == null) || (current.cancelledAt == null && last.cancelledAt != null)) {
        diff.cancelledAt = current.cancelledAt;
      } else if (last.cancelledAt.valueOf() !== current.cancelledAt.valueOf()) {
        diff.cancelledAt = current.cancelledAt;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-meet_and_greet_12000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, processDateProperty, convertToDatabaseValue_scheduleFixedByUserId, convertToDatabaseValue_createdByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.title !== 'undefined') {
        ret.title = entity.title;
      }
    
      if (typeof entity.eventDate !== 'undefined') {
        ret.eventDate = entity.eventDate;
      }
    
      if (typeof entity.startTime !== 'undefined') {
        ret.startTime = entity.startTime;
      }
    
      if (typeof entity.place !== 'undefined') {
        ret.place = entity.place;
      }
    
      if (typeof entity.seekerCapacity !== 'undefined') {
        ret.seekerCapacity = clone(entity.seekerCapacity);
      }
    
      if (typeof entity.rounds !== 'undefined') {
        ret.rounds = clone(entity.rounds);
      }
    
      if (typeof entity.roundMinutes !== 'undefined') {
        ret.roundMinutes = clone(entity.roundMinutes);
      }
    
      if (typeof entity.breakMinutes !== 'undefined') {
        ret.breakMinutes = clone(entity.breakMinutes);
      }
    
      if (typeof entity.maxConversationsPerSeeker !== 'undefined') {
        ret.maxConversationsPerSeeker = clone(entity.maxConversationsPerSeeker);
      }
    
      if (typeof entity.shortlistSize !== 'undefined') {
        ret.shortlistSize = clone(entity.shortlistSize);
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.scheduleProposedAt !== 'undefined') {
        ret.scheduleProposedAt = clone(processDateProperty(entity.scheduleProposedAt));
      }
    
      if (typeof entity.scheduleFixedAt !== 'undefined') {
        ret.scheduleFixedAt = clone(processDateProperty(entity.scheduleFixedAt));
      }
    
      if (typeof entity.scheduleFixedByUserId !== 'undefined') {
        ret.scheduleFixedByUserId = convertToDatabaseValue_scheduleFixedByUserId(entity.scheduleFixedByUserId);
      }
    
      if (typeof entity.heldAt !== 'undefined') {
        ret.heldAt = clone(processDateProperty(entity.heldAt));
      }
    
      if (typeof entity.cancelledAt !== 'undefined') {
        ret.cancelledAt = clone(processDateProperty(entity.cancelledAt));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-meet_and_greet_12000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MeetAndGreet
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.title !== 'undefined') {
        ret.title = result.title;
        mapped.title = true;
      }
      if (typeof result.event_date !== 'undefined') {
        ret.eventDate = result.event_date;
        mapped.event_date = true;
      }
      if (typeof result.start_time !== 'undefined') {
        ret.startTime = result.start_time;
        mapped.start_time = true;
      }
      if (typeof result.place !== 'undefined') {
        ret.place = result.place;
        mapped.place = true;
      }
      if (typeof result.seeker_capacity !== 'undefined') {
        ret.seekerCapacity = result.seeker_capacity;
        mapped.seeker_capacity = true;
      }
      if (typeof result.rounds !== 'undefined') {
        ret.rounds = result.rounds;
        mapped.rounds = true;
      }
      if (typeof result.round_minutes !== 'undefined') {
        ret.roundMinutes = result.round_minutes;
        mapped.round_minutes = true;
      }
      if (typeof result.break_minutes !== 'undefined') {
        ret.breakMinutes = result.break_minutes;
        mapped.break_minutes = true;
      }
      if (typeof result.max_conversations_per_seeker !== 'undefined') {
        ret.maxConversationsPerSeeker = result.max_conversations_per_seeker;
        mapped.max_conversations_per_seeker = true;
      }
      if (typeof result.shortlist_size !== 'undefined') {
        ret.shortlistSize = result.shortlist_size;
        mapped.shortlist_size = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.schedule_proposed_at !== 'undefined') {
        if (result.schedule_proposed_at == null || result.schedule_proposed_at instanceof Date) {
          ret.scheduleProposedAt = result.schedule_proposed_at;
        } else if (typeof result.schedule_proposed_at === 'bigint') {
          ret.scheduleProposedAt = parseDate(Number(result.schedule_proposed_at));
        } else if (typeof result.schedule_proposed_at === 'number' || result.schedule_proposed_at.includes('+') || result.schedule_proposed_at.lastIndexOf('-') > 10 || result.schedule_proposed_at.endsWith('Z')) {
          ret.scheduleProposedAt = parseDate(result.schedule_proposed_at);
        } else {
          ret.scheduleProposedAt = parseDate(result.schedule_proposed_at + 'Z');
        }
        mapped.schedule_proposed_at = true;
      }
      if (typeof result.schedule_fixed_at !== 'undefined') {
        if (result.schedule_fixed_at == null || result.schedule_fixed_at instanceof Date) {
          ret.scheduleFixedAt = result.schedule_fixed_at;
        } else if (typeof result.schedule_fixed_at === 'bigint') {
          ret.scheduleFixedAt = parseDate(Number(result.schedule_fixed_at));
        } else if (typeof result.schedule_fixed_at === 'number' || result.schedule_fixed_at.includes('+') || result.schedule_fixed_at.lastIndexOf('-') > 10 || result.schedule_fixed_at.endsWith('Z')) {
          ret.scheduleFixedAt = parseDate(result.schedule_fixed_at);
        } else {
          ret.scheduleFixedAt = parseDate(result.schedule_fixed_at + 'Z');
        }
        mapped.schedule_fixed_at = true;
      }
      if (typeof result.schedule_fixed_by_user_id !== 'undefined') {
        ret.scheduleFixedByUserId = result.schedule_fixed_by_user_id;
        mapped.schedule_fixed_by_user_id = true;
      }
      if (typeof result.held_at !== 'undefined') {
        if (result.held_at == null || result.held_at instanceof Date) {
          ret.heldAt = result.held_at;
        } else if (typeof result.held_at === 'bigint') {
          ret.heldAt = parseDate(Number(result.held_at));
        } else if (typeof result.held_at === 'number' || result.held_at.includes('+') || result.held_at.lastIndexOf('-') > 10 || result.held_at.endsWith('Z')) {
          ret.heldAt = parseDate(result.held_at);
        } else {
          ret.heldAt = parseDate(result.held_at + 'Z');
        }
        mapped.held_at = true;
      }
      if (typeof result.cancelled_at !== 'undefined') {
        if (result.cancelled_at == null || result.cancelled_at instanceof Date) {
          ret.cancelledAt = result.cancelled_at;
        } else if (typeof result.cancelled_at === 'bigint') {
          ret.cancelledAt = parseDate(Number(result.cancelled_at));
        } else if (typeof result.cancelled_at === 'number' || result.cancelled_at.includes('+') || result.cancelled_at.lastIndexOf('-') > 10 || result.cancelled_at.endsWith('Z')) {
          ret.cancelledAt = parseDate(result.cancelled_at);
        } else {
          ret.cancelledAt = parseDate(result.cancelled_at + 'Z');
        }
        mapped.cancelled_at = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-meet_and_greet_12000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreet ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-meet_and_greet_12000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MeetAndGreet ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-meet_and_greet_12000': function(isEntityOrRef) {
    // compiled pk getter for entity MeetAndGreet
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-meet_and_greet_12000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MeetAndGreet
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-meet_and_greet_12000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MeetAndGreet
    return function(entity) {
      const val_29 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_29);
    }
  },
  'hydrator-matching_change_29000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_jobSeekerId, convertToDatabaseValue_jobSeekerId) {
    // compiled hydrator for entity MatchingChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeekerId === null) {
        entity.jobSeekerId = null;
      } else if (typeof data.jobSeekerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_jobSeekerId(data.jobSeekerId);
          entity.jobSeekerId = value;
        } else {
          entity.jobSeekerId = data.jobSeekerId;
        }
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
    }
  },
  'hydrator-matching_change_29000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_jobSeekerId, convertToDatabaseValue_jobSeekerId) {
    // compiled hydrator for entity MatchingChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeekerId === null) {
        entity.jobSeekerId = null;
      } else if (typeof data.jobSeekerId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_jobSeekerId(data.jobSeekerId);
          entity.jobSeekerId = value;
        } else {
          entity.jobSeekerId = data.jobSeekerId;
        }
      }
      if (data.changedAt === null) {
        entity.changedAt = null;
      } else if (typeof data.changedAt !== 'undefined') {
        if (data.changedAt instanceof Date) {
          entity.changedAt = data.changedAt;
        } else if (typeof data.changedAt === 'number' || data.changedAt.includes('+') || data.changedAt.lastIndexOf('-') > 10 || data.changedAt.endsWith('Z')) {
          entity.changedAt = new Date(data.changedAt);
        } else {
          entity.changedAt = new Date(data.changedAt + 'Z');
        }
      }
    }
  },
  'comparator-matching_change_29000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals, compareValues_30) {
    // compiled comparator for entity MatchingChange
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (!compareValues_30(last.id, current.id)) {
        diff.id = current.id;
      }
    
      if (current.jobSeekerId === null && last.jobSeekerId === undefined) {
        diff.jobSeekerId = current.jobSeekerId;
      } else if (current.jobSeekerId == null && last.jobSeekerId == null) {
    
      } else if ((current.jobSeekerId != null && last.jobSeekerId == null) || (current.jobSeekerId == null && last.jobSeekerId != null)) {
        diff.jobSeekerId = current.jobSeekerId;
      } else if (last.jobSeekerId !== current.jobSeekerId) {
        diff.jobSeekerId = current.jobSeekerId;
      }
    
      if (current.changedAt === null && last.changedAt === undefined) {
        diff.changedAt = current.changedAt;
      } else if (current.changedAt == null && last.changedAt == null) {
    
      } else if ((current.changedAt != null && last.changedAt == null) || (current.changedAt == null && last.changedAt != null)) {
        diff.changedAt = current.changedAt;
      } else if (last.changedAt.valueOf() !== current.changedAt.valueOf()) {
        diff.changedAt = current.changedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-matching_change_29000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, convertToDatabaseValue_jobSeekerId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeekerId !== 'undefined') {
        ret.jobSeekerId = convertToDatabaseValue_jobSeekerId(entity.jobSeekerId);
      }
    
      if (typeof entity.changedAt !== 'undefined') {
        ret.changedAt = clone(processDateProperty(entity.changedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-matching_change_29000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MatchingChange
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeekerId = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.changed_at !== 'undefined') {
        if (result.changed_at == null || result.changed_at instanceof Date) {
          ret.changedAt = result.changed_at;
        } else if (typeof result.changed_at === 'bigint') {
          ret.changedAt = parseDate(Number(result.changed_at));
        } else if (typeof result.changed_at === 'number' || result.changed_at.includes('+') || result.changed_at.lastIndexOf('-') > 10 || result.changed_at.endsWith('Z')) {
          ret.changedAt = parseDate(result.changed_at);
        } else {
          ret.changedAt = parseDate(result.changed_at + 'Z');
        }
        mapped.changed_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-matching_change_29000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MatchingChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-matching_change_29000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MatchingChange ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-matching_change_29000': function(isEntityOrRef) {
    // compiled pk getter for entity MatchingChange
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-matching_change_29000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MatchingChange
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-matching_change_29000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MatchingChange
    return function(entity) {
      const val_31 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_31);
    }
  },
  'hydrator-mail_link_secret_27000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity MailLinkSecret ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
      if (data.secret === null) {
        entity.secret = null;
      } else if (typeof data.secret !== 'undefined') {
        entity.secret = data.secret;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'hydrator-mail_link_secret_27000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity MailLinkSecret ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
      if (data.secret === null) {
        entity.secret = null;
      } else if (typeof data.secret !== 'undefined') {
        entity.secret = data.secret;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'comparator-mail_link_secret_27000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MailLinkSecret
    return function(last, current, options) {
      const diff = {};
      if (current.name === null && last.name === undefined) {
        diff.name = current.name;
      } else if (current.name == null && last.name == null) {
    
      } else if ((current.name != null && last.name == null) || (current.name == null && last.name != null)) {
        diff.name = current.name;
      } else if (last.name !== current.name) {
        diff.name = current.name;
      }
    
      if (current.secret === null && last.secret === undefined) {
        diff.secret = current.secret;
      } else if (current.secret == null && last.secret == null) {
    
      } else if ((current.secret != null && last.secret == null) || (current.secret == null && last.secret != null)) {
        diff.secret = current.secret;
      } else if (last.secret !== current.secret) {
        diff.secret = current.secret;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-mail_link_secret_27000': function(clone, cloneEmbeddable, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.name !== 'undefined') {
        ret.name = entity.name;
      }
    
      if (typeof entity.secret !== 'undefined') {
        ret.secret = entity.secret;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      return ret;
    }
  },
  'resultMapper-mail_link_secret_27000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MailLinkSecret
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.name !== 'undefined') {
        ret.name = result.name;
        mapped.name = true;
      }
      if (typeof result.secret !== 'undefined') {
        ret.secret = result.secret;
        mapped.secret = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-mail_link_secret_27000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity MailLinkSecret ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
    }
  },
  'hydrator-mail_link_secret_27000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity MailLinkSecret ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.name === null) {
        entity.name = null;
      } else if (typeof data.name !== 'undefined') {
        entity.name = data.name;
      }
    }
  },
  'pkGetter-mail_link_secret_27000': function(isEntityOrRef) {
    // compiled pk getter for entity MailLinkSecret
    return function(entity) {
      return entity.name;
    }
  },
  'pkGetterConverted-mail_link_secret_27000': function(isEntityOrRef) {
    // compiled pk getter (with converted custom types) for entity MailLinkSecret
    return function(entity) {
      return entity.name;
    }
  },
  'pkSerializer-mail_link_secret_27000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash) {
    // compiled pk serializer for entity MailLinkSecret
    return function(entity) {
      return '' + entity.name;
    }
  },
  'hydrator-mail_delivery_26000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_recipientUserId, convertToDatabaseValue_recipientUserId, convertToJSValue_headers, convertToDatabaseValue_headers, convertToJSValue_attachments, convertToDatabaseValue_attachments) {
    // compiled hydrator for entity MailDelivery ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.dedupeKey === null) {
        entity.dedupeKey = null;
      } else if (typeof data.dedupeKey !== 'undefined') {
        entity.dedupeKey = data.dedupeKey;
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.recipientUserId === null) {
        entity.recipientUserId = null;
      } else if (typeof data.recipientUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recipientUserId(data.recipientUserId);
          entity.recipientUserId = value;
        } else {
          entity.recipientUserId = data.recipientUserId;
        }
      }
      if (data.toAddress === null) {
        entity.toAddress = null;
      } else if (typeof data.toAddress !== 'undefined') {
        entity.toAddress = data.toAddress;
      }
      if (data.subject === null) {
        entity.subject = null;
      } else if (typeof data.subject !== 'undefined') {
        entity.subject = data.subject;
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.html === null) {
        entity.html = null;
      } else if (typeof data.html !== 'undefined') {
        entity.html = data.html;
      }
      if (data.headers === null) {
        entity.headers = null;
      } else if (typeof data.headers !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_headers(data.headers);
          data.headers = convertToDatabaseValue_headers(value);
          entity.headers = value;
        } else {
          entity.headers = data.headers;
        }
      }
      if (data.attachments === null) {
        entity.attachments = null;
      } else if (typeof data.attachments !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_attachments(data.attachments);
          data.attachments = convertToDatabaseValue_attachments(value);
          entity.attachments = value;
        } else {
          entity.attachments = data.attachments;
        }
      }
      if (data.state === null) {
        entity.state = null;
      } else if (typeof data.state !== 'undefined') {
        entity.state = data.state;
      }
      if (data.attempts === null) {
        entity.attempts = null;
      } else if (typeof data.attempts !== 'undefined') {
        entity.attempts = data.attempts;
      }
      if (data.nextAttemptAt === null) {
        entity.nextAttemptAt = null;
      } else if (typeof data.nextAttemptAt !== 'undefined') {
        if (data.nextAttemptAt instanceof Date) {
          entity.nextAttemptAt = data.nextAttemptAt;
        } else if (typeof data.nextAttemptAt === 'number' || data.nextAttemptAt.includes('+') || data.nextAttemptAt.lastIndexOf('-') > 10 || data.nextAttemptAt.endsWith('Z')) {
          entity.nextAttemptAt = new Date(data.nextAttemptAt);
        } else {
          entity.nextAttemptAt = new Date(data.nextAttemptAt + 'Z');
        }
      }
      if (data.lastError === null) {
        entity.lastError = null;
      } else if (typeof data.lastError !== 'undefined') {
        entity.lastError = data.lastError;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.sentAt === null) {
        entity.sentAt = null;
      } else if (typeof data.sentAt !== 'undefined') {
        if (data.sentAt instanceof Date) {
          entity.sentAt = data.sentAt;
        } else if (typeof data.sentAt === 'number' || data.sentAt.includes('+') || data.sentAt.lastIndexOf('-') > 10 || data.sentAt.endsWith('Z')) {
          entity.sentAt = new Date(data.sentAt);
        } else {
          entity.sentAt = new Date(data.sentAt + 'Z');
        }
      }
    }
  },
  'hydrator-mail_delivery_26000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_recipientUserId, convertToDatabaseValue_recipientUserId, convertToJSValue_headers, convertToDatabaseValue_headers, convertToJSValue_attachments, convertToDatabaseValue_attachments) {
    // compiled hydrator for entity MailDelivery ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.dedupeKey === null) {
        entity.dedupeKey = null;
      } else if (typeof data.dedupeKey !== 'undefined') {
        entity.dedupeKey = data.dedupeKey;
      }
      if (data.kind === null) {
        entity.kind = null;
      } else if (typeof data.kind !== 'undefined') {
        entity.kind = data.kind;
      }
      if (data.recipientUserId === null) {
        entity.recipientUserId = null;
      } else if (typeof data.recipientUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recipientUserId(data.recipientUserId);
          entity.recipientUserId = value;
        } else {
          entity.recipientUserId = data.recipientUserId;
        }
      }
      if (data.toAddress === null) {
        entity.toAddress = null;
      } else if (typeof data.toAddress !== 'undefined') {
        entity.toAddress = data.toAddress;
      }
      if (data.subject === null) {
        entity.subject = null;
      } else if (typeof data.subject !== 'undefined') {
        entity.subject = data.subject;
      }
      if (data.text === null) {
        entity.text = null;
      } else if (typeof data.text !== 'undefined') {
        entity.text = data.text;
      }
      if (data.html === null) {
        entity.html = null;
      } else if (typeof data.html !== 'undefined') {
        entity.html = data.html;
      }
      if (data.headers === null) {
        entity.headers = null;
      } else if (typeof data.headers !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_headers(data.headers);
          data.headers = convertToDatabaseValue_headers(value);
          entity.headers = value;
        } else {
          entity.headers = data.headers;
        }
      }
      if (data.attachments === null) {
        entity.attachments = null;
      } else if (typeof data.attachments !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_attachments(data.attachments);
          data.attachments = convertToDatabaseValue_attachments(value);
          entity.attachments = value;
        } else {
          entity.attachments = data.attachments;
        }
      }
      if (data.state === null) {
        entity.state = null;
      } else if (typeof data.state !== 'undefined') {
        entity.state = data.state;
      }
      if (data.attempts === null) {
        entity.attempts = null;
      } else if (typeof data.attempts !== 'undefined') {
        entity.attempts = data.attempts;
      }
      if (data.nextAttemptAt === null) {
        entity.nextAttemptAt = null;
      } else if (typeof data.nextAttemptAt !== 'undefined') {
        if (data.nextAttemptAt instanceof Date) {
          entity.nextAttemptAt = data.nextAttemptAt;
        } else if (typeof data.nextAttemptAt === 'number' || data.nextAttemptAt.includes('+') || data.nextAttemptAt.lastIndexOf('-') > 10 || data.nextAttemptAt.endsWith('Z')) {
          entity.nextAttemptAt = new Date(data.nextAttemptAt);
        } else {
          entity.nextAttemptAt = new Date(data.nextAttemptAt + 'Z');
        }
      }
      if (data.lastError === null) {
        entity.lastError = null;
      } else if (typeof data.lastError !== 'undefined') {
        entity.lastError = data.lastError;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.sentAt === null) {
        entity.sentAt = null;
      } else if (typeof data.sentAt !== 'undefined') {
        if (data.sentAt instanceof Date) {
          entity.sentAt = data.sentAt;
        } else if (typeof data.sentAt === 'number' || data.sentAt.includes('+') || data.sentAt.lastIndexOf('-') > 10 || data.sentAt.endsWith('Z')) {
          entity.sentAt = new Date(data.sentAt);
        } else {
          entity.sentAt = new Date(data.sentAt + 'Z');
        }
      }
    }
  },
  'comparator-mail_delivery_26000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity MailDelivery
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.dedupeKey === null && last.dedupeKey === undefined) {
        diff.dedupeKey = current.dedupeKey;
      } else if (current.dedupeKey == null && last.dedupeKey == null) {
    
      } else if ((current.dedupeKey != null && last.dedupeKey == null) || (current.dedupeKey == null && last.dedupeKey != null)) {
        diff.dedupeKey = current.dedupeKey;
      } else if (last.dedupeKey !== current.dedupeKey) {
        diff.dedupeKey = current.dedupeKey;
      }
    
      if (current.kind === null && last.kind === undefined) {
        diff.kind = current.kind;
      } else if (current.kind == null && last.kind == null) {
    
      } else if ((current.kind != null && last.kind == null) || (current.kind == null && last.kind != null)) {
        diff.kind = current.kind;
      } else if (last.kind !== current.kind) {
        diff.kind = current.kind;
      }
    
      if (current.recipientUserId === null && last.recipientUserId === undefined) {
        diff.recipientUserId = current.recipientUserId;
      } else if (current.recipientUserId == null && last.recipientUserId == null) {
    
      } else if ((current.recipientUserId != null && last.recipientUserId == null) || (current.recipientUserId == null && last.recipientUserId != null)) {
        diff.recipientUserId = current.recipientUserId;
      } else if (last.recipientUserId !== current.recipientUserId) {
        diff.recipientUserId = current.recipientUserId;
      }
    
      if (current.toAddress === null && last.toAddress === undefined) {
        diff.toAddress = current.toAddress;
      } else if (current.toAddress == null && last.toAddress == null) {
    
      } else if ((current.toAddress != null && last.toAddress == null) || (current.toAddress == null && last.toAddress != null)) {
        diff.toAddress = current.toAddress;
      } else if (last.toAddress !== current.toAddress) {
        diff.toAddress = current.toAddress;
      }
    
      if (current.subject === null && last.subject === undefined) {
        diff.subject = current.subject;
      } else if (current.subject == null && last.subject == null) {
    
      } else if ((current.subject != null && last.subject == null) || (current.subject == null && last.subject != null)) {
        diff.subject = current.subject;
      } else if (last.subject !== current.subject) {
        diff.subject = current.subject;
      }
    
      if (current.text === null && last.text === undefined) {
        diff.text = current.text;
      } else if (current.text == null && last.text == null) {
    
      } else if ((current.text != null && last.text == null) || (current.text == null && last.text != null)) {
        diff.text = current.text;
      } else if (!equals(last.text, current.text)) {
        diff.text = current.text;
      }
    
      if (current.html === null && last.html === undefined) {
        diff.html = current.html;
      } else if (current.html == null && last.html == null) {
    
      } else if ((current.html != null && last.html == null) || (current.html == null && last.html != null)) {
        diff.html = current.html;
      } else if (!equals(last.html, current.html)) {
        diff.html = current.html;
      }
    
      if (current.headers === null && last.headers === undefined) {
        diff.headers = current.headers;
      } else if (current.headers == null && last.headers == null) {
    
      } else if ((current.headers != null && last.headers == null) || (current.headers == null && last.headers != null)) {
        diff.headers = current.headers;
      } else if (!equals(last.headers, current.headers)) {
        diff.headers = current.headers;
      }
    
      if (current.attachments === null && last.attachments === undefined) {
        diff.attachments = current.attachments;
      } else if (current.attachments == null && last.attachments == null) {
    
      } else if ((current.attachments != null && last.attachments == null) || (current.attachments == null && last.attachments != null)) {
        diff.attachments = current.attachments;
      } else if (!equals(last.attachments, current.attachments)) {
        diff.attachments = current.attachments;
      }
    
      if (current.state === null && last.state === undefined) {
        diff.state = current.state;
      } else if (current.state == null && last.state == null) {
    
      } else if ((current.state != null && last.state == null) || (current.state == null && last.state != null)) {
        diff.state = current.state;
      } else if (last.state !== current.state) {
        diff.state = current.state;
      }
    
      if (current.attempts === null && last.attempts === undefined) {
        diff.attempts = current.attempts;
      } else if (current.attempts == null && last.attempts == null) {
    
      } else if ((current.attempts != null && last.attempts == null) || (current.attempts == null && last.attempts != null)) {
        diff.attempts = current.attempts;
      } else if (!equals(last.attempts, current.attempts)) {
        diff.attempts = current.attempts;
      }
    
      if (current.nextAttemptAt === null && last.nextAttemptAt === undefined) {
        diff.nextAttemptAt = current.nextAttemptAt;
      } else if (current.nextAttemptAt == null && last.nextAttemptAt == null) {
    
      } else if ((current.nextAttemptAt != null && last.nextAttemptAt == null) || (current.nextAttemptAt == null && last.nextAttemptAt != null)) {
        diff.nextAttemptAt = current.nextAttemptAt;
      } else if (last.nextAttemptAt.valueOf() !== current.nextAttemptAt.valueOf()) {
        diff.nextAttemptAt = current.nextAttemptAt;
      }
    
      if (current.lastError === null && last.lastError === undefined) {
        diff.lastError = current.lastError;
      } else if (current.lastError == null && last.lastError == null) {
    
      } else if ((current.lastError != null && last.lastError == null) || (current.lastError == null && last.lastError != null)) {
        diff.lastError = current.lastError;
      } else if (!equals(last.lastError, current.lastError)) {
        diff.lastError = current.lastError;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.sentAt === null && last.sentAt === undefined) {
        diff.sentAt = current.sentAt;
      } else if (current.sentAt == null && last.sentAt == null) {
    
      } else if ((current.sentAt != null && last.sentAt == null) || (current.sentAt == null && last.sentAt != null)) {
        diff.sentAt = current.sentAt;
      } else if (last.sentAt.valueOf() !== current.sentAt.valueOf()) {
        diff.sentAt = current.sentAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-mail_delivery_26000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, convertToDatabaseValue_recipientUserId, convertToDatabaseValue_headers, convertToDatabaseValue_attachments, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.dedupeKey !== 'undefined') {
        ret.dedupeKey = entity.dedupeKey;
      }
    
      if (typeof entity.kind !== 'undefined') {
        ret.kind = entity.kind;
      }
    
      if (typeof entity.recipientUserId !== 'undefined') {
        ret.recipientUserId = convertToDatabaseValue_recipientUserId(entity.recipientUserId);
      }
    
      if (typeof entity.toAddress !== 'undefined') {
        ret.toAddress = entity.toAddress;
      }
    
      if (typeof entity.subject !== 'undefined') {
        ret.subject = entity.subject;
      }
    
      if (typeof entity.text !== 'undefined') {
        ret.text = clone(entity.text);
      }
    
      if (typeof entity.html !== 'undefined') {
        ret.html = clone(entity.html);
      }
    
      if (typeof entity.headers !== 'undefined') {
        ret.headers = clone(convertToDatabaseValue_headers(entity.headers));
      }
    
      if (typeof entity.attachments !== 'undefined') {
        ret.attachments = clone(convertToDatabaseValue_attachments(entity.attachments));
      }
    
      if (typeof entity.state !== 'undefined') {
        ret.state = entity.state;
      }
    
      if (typeof entity.attempts !== 'undefined') {
        ret.attempts = clone(entity.attempts);
      }
    
      if (typeof entity.nextAttemptAt !== 'undefined') {
        ret.nextAttemptAt = clone(processDateProperty(entity.nextAttemptAt));
      }
    
      if (typeof entity.lastError !== 'undefined') {
        ret.lastError = clone(entity.lastError);
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.sentAt !== 'undefined') {
        ret.sentAt = clone(processDateProperty(entity.sentAt));
      }
    
      return ret;
    }
  },
  'resultMapper-mail_delivery_26000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity MailDelivery
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.dedupe_key !== 'undefined') {
        ret.dedupeKey = result.dedupe_key;
        mapped.dedupe_key = true;
      }
      if (typeof result.kind !== 'undefined') {
        ret.kind = result.kind;
        mapped.kind = true;
      }
      if (typeof result.recipient_user_id !== 'undefined') {
        ret.recipientUserId = result.recipient_user_id;
        mapped.recipient_user_id = true;
      }
      if (typeof result.to_address !== 'undefined') {
        ret.toAddress = result.to_address;
        mapped.to_address = true;
      }
      if (typeof result.subject !== 'undefined') {
        ret.subject = result.subject;
        mapped.subject = true;
      }
      if (typeof result.text !== 'undefined') {
        ret.text = result.text;
        mapped.text = true;
      }
      if (typeof result.html !== 'undefined') {
        ret.html = result.html;
        mapped.html = true;
      }
      if (typeof result.headers !== 'undefined') {
        ret.headers = result.headers;
        mapped.headers = true;
      }
      if (typeof result.attachments !== 'undefined') {
        ret.attachments = result.attachments;
        mapped.attachments = true;
      }
      if (typeof result.state !== 'undefined') {
        ret.state = result.state;
        mapped.state = true;
      }
      if (typeof result.attempts !== 'undefined') {
        ret.attempts = result.attempts;
        mapped.attempts = true;
      }
      if (typeof result.next_attempt_at !== 'undefined') {
        if (result.next_attempt_at == null || result.next_attempt_at instanceof Date) {
          ret.nextAttemptAt = result.next_attempt_at;
        } else if (typeof result.next_attempt_at === 'bigint') {
          ret.nextAttemptAt = parseDate(Number(result.next_attempt_at));
        } else if (typeof result.next_attempt_at === 'number' || result.next_attempt_at.includes('+') || result.next_attempt_at.lastIndexOf('-') > 10 || result.next_attempt_at.endsWith('Z')) {
          ret.nextAttemptAt = parseDate(result.next_attempt_at);
        } else {
          ret.nextAttemptAt = parseDate(result.next_attempt_at + 'Z');
        }
        mapped.next_attempt_at = true;
      }
      if (typeof result.last_error !== 'undefined') {
        ret.lastError = result.last_error;
        mapped.last_error = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.sent_at !== 'undefined') {
        if (result.sent_at == null || result.sent_at instanceof Date) {
          ret.sentAt = result.sent_at;
        } else if (typeof result.sent_at === 'bigint') {
          ret.sentAt = parseDate(Number(result.sent_at));
        } else if (typeof result.sent_at === 'number' || result.sent_at.includes('+') || result.sent_at.lastIndexOf('-') > 10 || result.sent_at.endsWith('Z')) {
          ret.sentAt = parseDate(result.sent_at);
        } else {
          ret.sentAt = parseDate(result.sent_at + 'Z');
        }
        mapped.sent_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-mail_delivery_26000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MailDelivery ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-mail_delivery_26000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity MailDelivery ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-mail_delivery_26000': function(isEntityOrRef) {
    // compiled pk getter for entity MailDelivery
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-mail_delivery_26000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity MailDelivery
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-mail_delivery_26000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity MailDelivery
    return function(entity) {
      const val_32 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_32);
    }
  },
  'hydrator-lifecoach_assignment_3000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_885, job_seeker_886, app_user_887, app_user_888, convertToJSValue_assignedByUserId, convertToDatabaseValue_assignedByUserId) {
    // compiled hydrator for entity LifecoachAssignment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_885, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_886, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoach === null) {
        entity.lifecoach = null;
      } else if (typeof data.lifecoach !== 'undefined') {
        if (isPrimaryKey(data.lifecoach, true)) {
          entity.lifecoach = factory.createReference(app_user_887, data.lifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.lifecoach && typeof data.lifecoach === 'object') {
          entity.lifecoach = factory.create(app_user_888, data.lifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
      if (data.handoverNote === null) {
        entity.handoverNote = null;
      } else if (typeof data.handoverNote !== 'undefined') {
        entity.handoverNote = data.handoverNote;
      }
      if (data.assignedByUserId === null) {
        entity.assignedByUserId = null;
      } else if (typeof data.assignedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_assignedByUserId(data.assignedByUserId);
          entity.assignedByUserId = value;
        } else {
          entity.assignedByUserId = data.assignedByUserId;
        }
      }
      if (data.firstContactAt === null) {
        entity.firstContactAt = null;
      } else if (typeof data.firstContactAt !== 'undefined') {
        if (data.firstContactAt instanceof Date) {
          entity.firstContactAt = data.firstContactAt;
        } else if (typeof data.firstContactAt === 'number' || data.firstContactAt.includes('+') || data.firstContactAt.lastIndexOf('-') > 10 || data.firstContactAt.endsWith('Z')) {
          entity.firstContactAt = new Date(data.firstContactAt);
        } else {
          entity.firstContactAt = new Date(data.firstContactAt + 'Z');
        }
      }
    }
  },
  'hydrator-lifecoach_assignment_3000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_895, job_seeker_896, app_user_897, app_user_898, convertToJSValue_assignedByUserId, convertToDatabaseValue_assignedByUserId) {
    // compiled hydrator for entity LifecoachAssignment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_895, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_896, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoach === null) {
        entity.lifecoach = null;
      } else if (typeof data.lifecoach !== 'undefined') {
        if (isPrimaryKey(data.lifecoach, true)) {
          entity.lifecoach = factory.createReference(app_user_897, data.lifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.lifecoach && typeof data.lifecoach === 'object') {
          entity.lifecoach = factory.create(app_user_898, data.lifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.endedAt === null) {
        entity.endedAt = null;
      } else if (typeof data.endedAt !== 'undefined') {
        if (data.endedAt instanceof Date) {
          entity.endedAt = data.endedAt;
        } else if (typeof data.endedAt === 'number' || data.endedAt.includes('+') || data.endedAt.lastIndexOf('-') > 10 || data.endedAt.endsWith('Z')) {
          entity.endedAt = new Date(data.endedAt);
        } else {
          entity.endedAt = new Date(data.endedAt + 'Z');
        }
      }
      if (data.handoverNote === null) {
        entity.handoverNote = null;
      } else if (typeof data.handoverNote !== 'undefined') {
        entity.handoverNote = data.handoverNote;
      }
      if (data.assignedByUserId === null) {
        entity.assignedByUserId = null;
      } else if (typeof data.assignedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_assignedByUserId(data.assignedByUserId);
          entity.assignedByUserId = value;
        } else {
          entity.assignedByUserId = data.assignedByUserId;
        }
      }
      if (data.firstContactAt === null) {
        entity.firstContactAt = null;
      } else if (typeof data.firstContactAt !== 'undefined') {
        if (data.firstContactAt instanceof Date) {
          entity.firstContactAt = data.firstContactAt;
        } else if (typeof data.firstContactAt === 'number' || data.firstContactAt.includes('+') || data.firstContactAt.lastIndexOf('-') > 10 || data.firstContactAt.endsWith('Z')) {
          entity.firstContactAt = new Date(data.firstContactAt);
        } else {
          entity.firstContactAt = new Date(data.firstContactAt + 'Z');
        }
      }
    }
  },
  'comparator-lifecoach_assignment_3000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity LifecoachAssignment
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.lifecoach === null && last.lifecoach === undefined) {
        diff.lifecoach = current.lifecoach;
      } else if (current.lifecoach == null && last.lifecoach == null) {
    
      } else if ((current.lifecoach != null && last.lifecoach == null) || (current.lifecoach == null && last.lifecoach != null)) {
        diff.lifecoach = current.lifecoach;
      } else if (last.lifecoach !== current.lifecoach) {
        diff.lifecoach = current.lifecoach;
      }
    
      if (current.startedAt === null && last.startedAt === undefined) {
        diff.startedAt = current.startedAt;
      } else if (current.startedAt == null && last.startedAt == null) {
    
      } else if ((current.startedAt != null && last.startedAt == null) || (current.startedAt == null && last.startedAt != null)) {
        diff.startedAt = current.startedAt;
      } else if (last.startedAt.valueOf() !== current.startedAt.valueOf()) {
        diff.startedAt = current.startedAt;
      }
    
      if (current.endedAt === null && last.endedAt === undefined) {
        diff.endedAt = current.endedAt;
      } else if (current.endedAt == null && last.endedAt == null) {
    
      } else if ((current.endedAt != null && last.endedAt == null) || (current.endedAt == null && last.endedAt != null)) {
        diff.endedAt = current.endedAt;
      } else if (last.endedAt.valueOf() !== current.endedAt.valueOf()) {
        diff.endedAt = current.endedAt;
      }
    
      if (current.handoverNote === null && last.handoverNote === undefined) {
        diff.handoverNote = current.handoverNote;
      } else if (current.handoverNote == null && last.handoverNote == null) {
    
      } else if ((current.handoverNote != null && last.handoverNote == null) || (current.handoverNote == null && last.handoverNote != null)) {
        diff.handoverNote = current.handoverNote;
      } else if (!equals(last.handoverNote, current.handoverNote)) {
        diff.handoverNote = current.handoverNote;
      }
    
      if (current.assignedByUserId === null && last.assignedByUserId === undefined) {
        diff.assignedByUserId = current.assignedByUserId;
      } else if (current.assignedByUserId == null && last.assignedByUserId == null) {
    
      } else if ((current.assignedByUserId != null && last.assignedByUserId == null) || (current.assignedByUserId == null && last.assignedByUserId != null)) {
        diff.assignedByUserId = current.assignedByUserId;
      } else if (last.assignedByUserId !== current.assignedByUserId) {
        diff.assignedByUserId = current.assignedByUserId;
      }
    
      if (current.firstContactAt === null && last.firstContactAt === undefined) {
        diff.firstContactAt = current.firstContactAt;
      } else if (current.firstContactAt == null && last.firstContactAt == null) {
    
      } else if ((current.firstContactAt != null && last.firstContactAt == null) || (current.firstContactAt == null && last.firstContactAt != null)) {
        diff.firstContactAt = current.firstContactAt;
      } else if (last.firstContactAt.valueOf() !== current.firstContactAt.valueOf()) {
        diff.firstContactAt = current.firstContactAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-lifecoach_assignment_3000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_assignedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.lifecoach !== 'undefined') {
        if (entity.lifecoach === null) {
          ret.lifecoach = null;
        } else if (entity.lifecoach?.__helper.__identifier && !entity.lifecoach.__helper.hasPrimaryKey()) {
          ret.lifecoach = entity.lifecoach?.__helper.__identifier;
        } else if (typeof entity.lifecoach !== 'undefined') {
          ret.lifecoach = toArray(entity.lifecoach.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.startedAt !== 'undefined') {
        ret.startedAt = clone(processDateProperty(entity.startedAt));
      }
    
      if (typeof entity.endedAt !== 'undefined') {
        ret.endedAt = clone(processDateProperty(entity.endedAt));
      }
    
      if (typeof entity.handoverNote !== 'undefined') {
        ret.handoverNote = clone(entity.handoverNote);
      }
    
      if (typeof entity.assignedByUserId !== 'undefined') {
        ret.assignedByUserId = convertToDatabaseValue_assignedByUserId(entity.assignedByUserId);
      }
    
      if (typeof entity.firstContactAt !== 'undefined') {
        ret.firstContactAt = clone(processDateProperty(entity.firstContactAt));
      }
    
      return ret;
    }
  },
  'resultMapper-lifecoach_assignment_3000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity LifecoachAssignment
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.lifecoach_id !== 'undefined') {
        ret.lifecoach = result.lifecoach_id;
        mapped.lifecoach_id = true;
      }
      if (typeof result.started_at !== 'undefined') {
        if (result.started_at == null || result.started_at instanceof Date) {
          ret.startedAt = result.started_at;
        } else if (typeof result.started_at === 'bigint') {
          ret.startedAt = parseDate(Number(result.started_at));
        } else if (typeof result.started_at === 'number' || result.started_at.includes('+') || result.started_at.lastIndexOf('-') > 10 || result.started_at.endsWith('Z')) {
          ret.startedAt = parseDate(result.started_at);
        } else {
          ret.startedAt = parseDate(result.started_at + 'Z');
        }
        mapped.started_at = true;
      }
      if (typeof result.ended_at !== 'undefined') {
        if (result.ended_at == null || result.ended_at instanceof Date) {
          ret.endedAt = result.ended_at;
        } else if (typeof result.ended_at === 'bigint') {
          ret.endedAt = parseDate(Number(result.ended_at));
        } else if (typeof result.ended_at === 'number' || result.ended_at.includes('+') || result.ended_at.lastIndexOf('-') > 10 || result.ended_at.endsWith('Z')) {
          ret.endedAt = parseDate(result.ended_at);
        } else {
          ret.endedAt = parseDate(result.ended_at + 'Z');
        }
        mapped.ended_at = true;
      }
      if (typeof result.handover_note !== 'undefined') {
        ret.handoverNote = result.handover_note;
        mapped.handover_note = true;
      }
      if (typeof result.assigned_by_user_id !== 'undefined') {
        ret.assignedByUserId = result.assigned_by_user_id;
        mapped.assigned_by_user_id = true;
      }
      if (typeof result.first_contact_at !== 'undefined') {
        if (result.first_contact_at == null || result.first_contact_at instanceof Date) {
          ret.firstContactAt = result.first_contact_at;
        } else if (typeof result.first_contact_at === 'bigint') {
          ret.firstContactAt = parseDate(Number(result.first_contact_at));
        } else if (typeof result.first_contact_at === 'number' || result.first_contact_at.includes('+') || result.first_contact_at.lastIndexOf('-') > 10 || result.first_contact_at.endsWith('Z')) {
          ret.firstContactAt = parseDate(result.first_contact_at);
        } else {
          ret.firstContactAt = parseDate(result.first_contact_at + 'Z');
        }
        mapped.first_contact_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-lifecoach_assignment_3000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity LifecoachAssignment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-lifecoach_assignment_3000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity LifecoachAssignment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-lifecoach_assignment_3000': function(isEntityOrRef) {
    // compiled pk getter for entity LifecoachAssignment
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-lifecoach_assignment_3000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity LifecoachAssignment
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-lifecoach_assignment_3000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity LifecoachAssignment
    return function(entity) {
      const val_33 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_33);
    }
  },
  'hydrator-job_seeker_2000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_915, organisation_916, app_user_917, app_user_918, convertToJSValue_registeredByUserId, convertToDatabaseValue_registeredByUserId, convertToJSValue_legalQualifications, convertToDatabaseValue_legalQualifications) {
    // compiled hydrator for entity JobSeeker ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.fullName === null) {
        entity.fullName = null;
      } else if (typeof data.fullName !== 'undefined') {
        entity.fullName = data.fullName;
      }
      if (data.nameKey === null) {
        entity.nameKey = null;
      } else if (typeof data.nameKey !== 'undefined') {
        entity.nameKey = data.nameKey;
      }
      if (data.phone === null) {
        entity.phone = null;
      } else if (typeof data.phone !== 'undefined') {
        entity.phone = data.phone;
      }
      if (data.email === null) {
        entity.email = null;
      } else if (typeof data.email !== 'undefined') {
        entity.email = data.email;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.dateOfBirth === null) {
        entity.dateOfBirth = null;
      } else if (typeof data.dateOfBirth !== 'undefined') {
        entity.dateOfBirth = data.dateOfBirth;
      }
      if (data.preferredLanguage === null) {
        entity.preferredLanguage = null;
      } else if (typeof data.preferredLanguage !== 'undefined') {
        entity.preferredLanguage = data.preferredLanguage;
      }
      if (data.referringOrganisation === null) {
        entity.referringOrganisation = null;
      } else if (typeof data.referringOrganisation !== 'undefined') {
        if (isPrimaryKey(data.referringOrganisation, true)) {
          entity.referringOrganisation = factory.createReference(organisation_915, data.referringOrganisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.referringOrganisation && typeof data.referringOrganisation === 'object') {
          entity.referringOrganisation = factory.create(organisation_916, data.referringOrganisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.responsibleLifecoach === null) {
        entity.responsibleLifecoach = null;
      } else if (typeof data.responsibleLifecoach !== 'undefined') {
        if (isPrimaryKey(data.responsibleLifecoach, true)) {
          entity.responsibleLifecoach = factory.createReference(app_user_917, data.responsibleLifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.responsibleLifecoach && typeof data.responsibleLifecoach === 'object') {
          entity.responsibleLifecoach = factory.create(app_user_918, data.responsibleLifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.registeredByUserId === null) {
        entity.registeredByUserId = null;
      } else if (typeof data.registeredByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_registeredByUserId(data.registeredByUserId);
          entity.registeredByUserId = value;
        } else {
          entity.registeredByUserId = data.registeredByUserId;
        }
      }
      if (data.legalQualifications === null) {
        entity.legalQualifications = null;
      } else if (typeof data.legalQualifications !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_legalQualifications(data.legalQualifications);
          data.legalQualifications = convertToDatabaseValue_legalQualifications(value);
          entity.legalQualifications = value;
        } else {
          entity.legalQualifications = data.legalQualifications;
        }
      }
      if (data.currentSegment === null) {
        entity.currentSegment = null;
      } else if (typeof data.currentSegment !== 'undefined') {
        entity.currentSegment = data.currentSegment;
      }
      if (data.segmentReviewDate === null) {
        entity.segmentReviewDate = null;
      } else if (typeof data.segmentReviewDate !== 'undefined') {
        entity.segmentReviewDate = data.segmentReviewDate;
      }
      if (data.erasedAt === null) {
        entity.erasedAt = null;
      } else if (typeof data.erasedAt !== 'undefined') {
        if (data.erasedAt instanceof Date) {
          entity.erasedAt = data.erasedAt;
        } else if (typeof data.erasedAt === 'number' || data.erasedAt.includes('+') || data.erasedAt.lastIndexOf('-') > 10 || data.erasedAt.endsWith('Z')) {
          entity.erasedAt = new Date(data.erasedAt);
        } else {
          entity.erasedAt = new Date(data.erasedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-job_seeker_2000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_936, organisation_937, app_user_938, app_user_939, convertToJSValue_registeredByUserId, convertToDatabaseValue_registeredByUserId, convertToJSValue_legalQualifications, convertToDatabaseValue_legalQualifications) {
    // compiled hydrator for entity JobSeeker ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.fullName === null) {
        entity.fullName = null;
      } else if (typeof data.fullName !== 'undefined') {
        entity.fullName = data.fullName;
      }
      if (data.nameKey === null) {
        entity.nameKey = null;
      } else if (typeof data.nameKey !== 'undefined') {
        entity.nameKey = data.nameKey;
      }
      if (data.phone === null) {
        entity.phone = null;
      } else if (typeof data.phone !== 'undefined') {
        entity.phone = data.phone;
      }
      if (data.email === null) {
        entity.email = null;
      } else if (typeof data.email !== 'undefined') {
        entity.email = data.email;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.dateOfBirth === null) {
        entity.dateOfBirth = null;
      } else if (typeof data.dateOfBirth !== 'undefined') {
        entity.dateOfBirth = data.dateOfBirth;
      }
      if (data.preferredLanguage === null) {
        entity.preferredLanguage = null;
      } else if (typeof data.preferredLanguage !== 'undefined') {
        entity.preferredLanguage = data.preferredLanguage;
      }
      if (data.referringOrganisation === null) {
        entity.referringOrganisation = null;
      } else if (typeof data.referringOrganisation !== 'undefined') {
        if (isPrimaryKey(data.referringOrganisation, true)) {
          entity.referringOrganisation = factory.createReference(organisation_936, data.referringOrganisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.referringOrganisation && typeof data.referringOrganisation === 'object') {
          entity.referringOrganisation = factory.create(organisation_937, data.referringOrganisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.responsibleLifecoach === null) {
        entity.responsibleLifecoach = null;
      } else if (typeof data.responsibleLifecoach !== 'undefined') {
        if (isPrimaryKey(data.responsibleLifecoach, true)) {
          entity.responsibleLifecoach = factory.createReference(app_user_938, data.responsibleLifecoach, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.responsibleLifecoach && typeof data.responsibleLifecoach === 'object') {
          entity.responsibleLifecoach = factory.create(app_user_939, data.responsibleLifecoach, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.registeredByUserId === null) {
        entity.registeredByUserId = null;
      } else if (typeof data.registeredByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_registeredByUserId(data.registeredByUserId);
          entity.registeredByUserId = value;
        } else {
          entity.registeredByUserId = data.registeredByUserId;
        }
      }
      if (data.legalQualifications === null) {
        entity.legalQualifications = null;
      } else if (typeof data.legalQualifications !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_legalQualifications(data.legalQualifications);
          data.legalQualifications = convertToDatabaseValue_legalQualifications(value);
          entity.legalQualifications = value;
        } else {
          entity.legalQualifications = data.legalQualifications;
        }
      }
      if (data.currentSegment === null) {
        entity.currentSegment = null;
      } else if (typeof data.currentSegment !== 'undefined') {
        entity.currentSegment = data.currentSegment;
      }
      if (data.segmentReviewDate === null) {
        entity.segmentReviewDate = null;
      } else if (typeof data.segmentReviewDate !== 'undefined') {
        entity.segmentReviewDate = data.segmentReviewDate;
      }
      if (data.erasedAt === null) {
        entity.erasedAt = null;
      } else if (typeof data.erasedAt !== 'undefined') {
        if (data.erasedAt instanceof Date) {
          entity.erasedAt = data.erasedAt;
        } else if (typeof data.erasedAt === 'number' || data.erasedAt.includes('+') || data.erasedAt.lastIndexOf('-') > 10 || data.erasedAt.endsWith('Z')) {
          entity.erasedAt = new Date(data.erasedAt);
        } else {
          entity.erasedAt = new Date(data.erasedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-job_seeker_2000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity JobSeeker
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.fullName === null && last.fullName === undefined) {
        diff.fullName = current.fullName;
      } else if (current.fullName == null && last.fullName == null) {
    
      } else if ((current.fullName != null && last.fullName == null) || (current.fullName == null && last.fullName != null)) {
        diff.fullName = current.fullName;
      } else if (last.fullName !== current.fullName) {
        diff.fullName = current.fullName;
      }
    
      if (current.nameKey === null && last.nameKey === undefined) {
        diff.nameKey = current.nameKey;
      } else if (current.nameKey == null && last.nameKey == null) {
    
      } else if ((current.nameKey != null && last.nameKey == null) || (current.nameKey == null && last.nameKey != null)) {
        diff.nameKey = current.nameKey;
      } else if (last.nameKey !== current.nameKey) {
        diff.nameKey = current.nameKey;
      }
    
      if (current.phone === null && last.phone === undefined) {
        diff.phone = current.phone;
      } else if (current.phone == null && last.phone == null) {
    
      } else if ((current.phone != null && last.phone == null) || (current.phone == null && last.phone != null)) {
        diff.phone = current.phone;
      } else if (last.phone !== current.phone) {
        diff.phone = current.phone;
      }
    
      if (current.email === null && last.email === undefined) {
        diff.email = current.email;
      } else if (current.email == null && last.email == null) {
    
      } else if ((current.email != null && last.email == null) || (current.email == null && last.email != null)) {
        diff.email = current.email;
      } else if (last.email !== current.email) {
        diff.email = current.email;
      }
    
      if (current.postcode === null && last.postcode === undefined) {
        diff.postcode = current.postcode;
      } else if (current.postcode == null && last.postcode == null) {
    
      } else if ((current.postcode != null && last.postcode == null) || (current.postcode == null && last.postcode != null)) {
        diff.postcode = current.postcode;
      } else if (last.postcode !== current.postcode) {
        diff.postcode = current.postcode;
      }
    
      if (current.postcodeFull === null && last.postcodeFull === undefined) {
        diff.postcodeFull = current.postcodeFull;
      } else if (current.postcodeFull == null && last.postcodeFull == null) {
    
      } else if ((current.postcodeFull != null && last.postcodeFull == null) || (current.postcodeFull == null && last.postcodeFull != null)) {
        diff.postcodeFull = current.postcodeFull;
      } else if (last.postcodeFull !== current.postcodeFull) {
        diff.postcodeFull = current.postcodeFull;
      }
    
      if (current.dateOfBirth === null && last.dateOfBirth === undefined) {
        diff.dateOfBirth = current.dateOfBirth;
      } else if (current.dateOfBirth == null && last.dateOfBirth == null) {
    
      } else if ((current.dateOfBirth != null && last.dateOfBirth == null) || (current.dateOfBirth == null && last.dateOfBirth != null)) {
        diff.dateOfBirth = current.dateOfBirth;
      } else if (last.dateOfBirth !== current.dateOfBirth) {
        diff.dateOfBirth = current.dateOfBirth;
      }
    
      if (current.preferredLanguage === null && last.preferredLanguage === undefined) {
        diff.preferredLanguage = current.preferredLanguage;
      } else if (current.preferredLanguage == null && last.preferredLanguage == null) {
    
      } else if ((current.preferredLanguage != null && last.preferredLanguage == null) || (current.preferredLanguage == null && last.preferredLanguage != null)) {
        diff.preferredLanguage = current.preferredLanguage;
      } else if (last.preferredLanguage !== current.preferredLanguage) {
        diff.preferredLanguage = current.preferredLanguage;
      }
    
      if (current.referringOrganisation === null && last.referringOrganisation === undefined) {
        diff.referringOrganisation = current.referringOrganisation;
      } else if (current.referringOrganisation == null && last.referringOrganisation == null) {
    
      } else if ((current.referringOrganisation != null && last.referringOrganisation == null) || (current.referringOrganisation == null && last.referringOrganisation != null)) {
        diff.referringOrganisation = current.referringOrganisation;
      } else if (last.referringOrganisation !== current.referringOrganisation) {
        diff.referringOrganisation = current.referringOrganisation;
      }
    
      if (current.responsibleLifecoach === null && last.responsibleLifecoach === undefined) {
        diff.responsibleLifecoach = current.responsibleLifecoach;
      } else if (current.responsibleLifecoach == null && last.responsibleLifecoach == null) {
    
      } else if ((current.responsibleLifecoach != null && last.responsibleLifecoach == null) || (current.responsibleLifecoach == null && last.responsibleLifecoach != null)) {
        diff.responsibleLifecoach = current.responsibleLifecoach;
      } else if (last.responsibleLifecoach !== current.responsibleLifecoach) {
        diff.responsibleLifecoach = current.responsibleLifecoach;
      }
    
      if (current.registeredByUserId === null && last.registeredByUserId === undefined) {
        diff.registeredByUserId = current.registeredByUserId;
      } else if (current.registeredByUserId == null && last.registeredByUserId == null) {
    
      } else if ((current.registeredByUserId != null && last.registeredByUserId == null) || (current.registeredByUserId == null && last.registeredByUserId != null)) {
        diff.registeredByUserId = current.registeredByUserId;
      } else if (last.registeredByUserId !== current.registeredByUserId) {
        diff.registeredByUserId = current.registeredByUserId;
      }
    
      if (current.legalQualifications === null && last.legalQualifications === undefined) {
        diff.legalQualifications = current.legalQualifications;
      } else if (current.legalQualifications == null && last.legalQualifications == null) {
    
      } else if ((current.legalQualifications != null && last.legalQualifications == null) || (current.legalQualifications == null && last.legalQualifications != null)) {
        diff.legalQualifications = current.legalQualifications;
      } else if (!equals(last.legalQualifications, current.legalQualifications)) {
        diff.legalQualifications = current.legalQualifications;
      }
    
      if (current.currentSegment === null && last.currentSegment === undefined) {
        diff.currentSegment = current.currentSegment;
      } else if (current.currentSegment == null && last.currentSegment == null) {
    
      } else if ((current.currentSegment != null && last.currentSegment == null) || (current.currentSegment == null && last.currentSegment != null)) {
        diff.currentSegment = current.currentSegment;
      } else if (last.currentSegment !== current.currentSegment) {
        diff.currentSegment = current.currentSegment;
      }
    
      if (current.segmentReviewDate === null && last.segmentReviewDate === undefined) {
        diff.segmentReviewDate = current.segmentReviewDate;
      } else if (current.segmentReviewDate == null && last.segmentReviewDate == null) {
    
      } else if ((current.segmentReviewDate != null && last.segmentReviewDate == null) || (current.segmentReviewDate == null && last.segmentReviewDate != null)) {
        diff.segmentReviewDate = current.segmentReviewDate;
      } else if (last.segmentReviewDate !== current.segmentReviewDate) {
        diff.segmentReviewDate = current.segmentReviewDate;
      }
    
      if (current.erasedAt === null && last.erasedAt === undefined) {
        diff.erasedAt = current.erasedAt;
      } else if (current.erasedAt == null && last.erasedAt == null) {
    
      } else if ((current.erasedAt != null && last.erasedAt == null) || (current.erasedAt == null && last.erasedAt != null)) {
        diff.erasedAt = current.erasedAt;
      } else if (last.erasedAt.valueOf() !== current.erasedAt.valueOf()) {
        diff.erasedAt = current.erasedAt;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-job_seeker_2000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_registeredByUserId, convertToDatabaseValue_legalQualifications, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.fullName !== 'undefined') {
        ret.fullName = entity.fullName;
      }
    
      if (typeof entity.nameKey !== 'undefined') {
        ret.nameKey = entity.nameKey;
      }
    
      if (typeof entity.phone !== 'undefined') {
        ret.phone = entity.phone;
      }
    
      if (typeof entity.email !== 'undefined') {
        ret.email = entity.email;
      }
    
      if (typeof entity.postcode !== 'undefined') {
        ret.postcode = entity.postcode;
      }
    
      if (typeof entity.postcodeFull !== 'undefined') {
        ret.postcodeFull = entity.postcodeFull;
      }
    
      if (typeof entity.dateOfBirth !== 'undefined') {
        ret.dateOfBirth = entity.dateOfBirth;
      }
    
      if (typeof entity.preferredLanguage !== 'undefined') {
        ret.preferredLanguage = entity.preferredLanguage;
      }
    
      if (typeof entity.referringOrganisation !== 'undefined') {
        if (entity.referringOrganisation === null) {
          ret.referringOrganisation = null;
        } else if (entity.referringOrganisation?.__helper.__identifier && !entity.referringOrganisation.__helper.hasPrimaryKey()) {
          ret.referringOrganisation = entity.referringOrganisation?.__helper.__identifier;
        } else if (typeof entity.referringOrganisation !== 'undefined') {
          ret.referringOrganisation = toArray(entity.referringOrganisation.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.responsibleLifecoach !== 'undefined') {
        if (entity.responsibleLifecoach === null) {
          ret.responsibleLifecoach = null;
        } else if (entity.responsibleLifecoach?.__helper.__identifier && !entity.responsibleLifecoach.__helper.hasPrimaryKey()) {
          ret.responsibleLifecoach = entity.responsibleLifecoach?.__helper.__identifier;
        } else if (typeof entity.responsibleLifecoach !== 'undefined') {
          ret.responsibleLifecoach = toArray(entity.responsibleLifecoach.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.registeredByUserId !== 'undefined') {
        ret.registeredByUserId = convertToDatabaseValue_registeredByUserId(entity.registeredByUserId);
      }
    
      if (typeof entity.legalQualifications !== 'undefined') {
        ret.legalQualifications = clone(convertToDatabaseValue_legalQualifications(entity.legalQualifications));
      }
    
      if (typeof entity.currentSegment !== 'undefined') {
        ret.currentSegment = entity.currentSegment;
      }
    
      if (typeof entity.segmentReviewDate !== 'undefined') {
        ret.segmentReviewDate = entity.segmentReviewDate;
      }
    
      if (typeof entity.erasedAt !== 'undefined') {
        ret.erasedAt = clone(processDateProperty(entity.erasedAt));
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-job_seeker_2000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity JobSeeker
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.full_name !== 'undefined') {
        ret.fullName = result.full_name;
        mapped.full_name = true;
      }
      if (typeof result.name_key !== 'undefined') {
        ret.nameKey = result.name_key;
        mapped.name_key = true;
      }
      if (typeof result.phone !== 'undefined') {
        ret.phone = result.phone;
        mapped.phone = true;
      }
      if (typeof result.email !== 'undefined') {
        ret.email = result.email;
        mapped.email = true;
      }
      if (typeof result.postcode !== 'undefined') {
        ret.postcode = result.postcode;
        mapped.postcode = true;
      }
      if (typeof result.postcode_full !== 'undefined') {
        ret.postcodeFull = result.postcode_full;
        mapped.postcode_full = true;
      }
      if (typeof result.date_of_birth !== 'undefined') {
        ret.dateOfBirth = result.date_of_birth;
        mapped.date_of_birth = true;
      }
      if (typeof result.preferred_language !== 'undefined') {
        ret.preferredLanguage = result.preferred_language;
        mapped.preferred_language = true;
      }
      if (typeof result.referring_organisation_id !== 'undefined') {
        ret.referringOrganisation = result.referring_organisation_id;
        mapped.referring_organisation_id = true;
      }
      if (typeof result.responsible_lifecoach_id !== 'undefined') {
        ret.responsibleLifecoach = result.responsible_lifecoach_id;
        mapped.responsible_lifecoach_id = true;
      }
      if (typeof result.registered_by_user_id !== 'undefined') {
        ret.registeredByUserId = result.registered_by_user_id;
        mapped.registered_by_user_id = true;
      }
      if (typeof result.legal_qualifications !== 'undefined') {
        ret.legalQualifications = result.legal_qualifications;
        mapped.legal_qualifications = true;
      }
      if (typeof result.current_segment !== 'undefined') {
        ret.currentSegment = result.current_segment;
        mapped.current_segment = true;
      }
      if (typeof result.segment_review_date !== 'undefined') {
        ret.segmentReviewDate = result.segment_review_date;
        mapped.segment_review_date = true;
      }
      if (typeof result.erased_at !== 'undefined') {
        if (result.erased_at == null || result.erased_at instanceof Date) {
          ret.erasedAt = result.erased_at;
        } else if (typeof result.erased_at === 'bigint') {
          ret.erasedAt = parseDate(Number(result.erased_at));
        } else if (typeof result.erased_at === 'number' || result.erased_at.includes('+') || result.erased_at.lastIndexOf('-') > 10 || result.erased_at.endsWith('Z')) {
          ret.erasedAt = parseDate(result.erased_at);
        } else {
          ret.erasedAt = parseDate(result.erased_at + 'Z');
        }
        mapped.erased_at = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-job_seeker_2000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity JobSeeker ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-job_seeker_2000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity JobSeeker ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-job_seeker_2000': function(isEntityOrRef) {
    // compiled pk getter for entity JobSeeker
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-job_seeker_2000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity JobSeeker
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-job_seeker_2000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity JobSeeker
    return function(entity) {
      const val_34 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_34);
    }
  },
  'hydrator-job_run_25000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_summary, convertToDatabaseValue_summary) {
    // compiled hydrator for entity JobRun ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobName === null) {
        entity.jobName = null;
      } else if (typeof data.jobName !== 'undefined') {
        entity.jobName = data.jobName;
      }
      if (data.periodKey === null) {
        entity.periodKey = null;
      } else if (typeof data.periodKey !== 'undefined') {
        entity.periodKey = data.periodKey;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.attempts === null) {
        entity.attempts = null;
      } else if (typeof data.attempts !== 'undefined') {
        entity.attempts = data.attempts;
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.finishedAt === null) {
        entity.finishedAt = null;
      } else if (typeof data.finishedAt !== 'undefined') {
        if (data.finishedAt instanceof Date) {
          entity.finishedAt = data.finishedAt;
        } else if (typeof data.finishedAt === 'number' || data.finishedAt.includes('+') || data.finishedAt.lastIndexOf('-') > 10 || data.finishedAt.endsWith('Z')) {
          entity.finishedAt = new Date(data.finishedAt);
        } else {
          entity.finishedAt = new Date(data.finishedAt + 'Z');
        }
      }
      if (data.summary === null) {
        entity.summary = null;
      } else if (typeof data.summary !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_summary(data.summary);
          data.summary = convertToDatabaseValue_summary(value);
          entity.summary = value;
        } else {
          entity.summary = data.summary;
        }
      }
      if (data.error === null) {
        entity.error = null;
      } else if (typeof data.error !== 'undefined') {
        entity.error = data.error;
      }
    }
  },
  'hydrator-job_run_25000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_summary, convertToDatabaseValue_summary) {
    // compiled hydrator for entity JobRun ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobName === null) {
        entity.jobName = null;
      } else if (typeof data.jobName !== 'undefined') {
        entity.jobName = data.jobName;
      }
      if (data.periodKey === null) {
        entity.periodKey = null;
      } else if (typeof data.periodKey !== 'undefined') {
        entity.periodKey = data.periodKey;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.attempts === null) {
        entity.attempts = null;
      } else if (typeof data.attempts !== 'undefined') {
        entity.attempts = data.attempts;
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.finishedAt === null) {
        entity.finishedAt = null;
      } else if (typeof data.finishedAt !== 'undefined') {
        if (data.finishedAt instanceof Date) {
          entity.finishedAt = data.finishedAt;
        } else if (typeof data.finishedAt === 'number' || data.finishedAt.includes('+') || data.finishedAt.lastIndexOf('-') > 10 || data.finishedAt.endsWith('Z')) {
          entity.finishedAt = new Date(data.finishedAt);
        } else {
          entity.finishedAt = new Date(data.finishedAt + 'Z');
        }
      }
      if (data.summary === null) {
        entity.summary = null;
      } else if (typeof data.summary !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_summary(data.summary);
          data.summary = convertToDatabaseValue_summary(value);
          entity.summary = value;
        } else {
          entity.summary = data.summary;
        }
      }
      if (data.error === null) {
        entity.error = null;
      } else if (typeof data.error !== 'undefined') {
        entity.error = data.error;
      }
    }
  },
  'comparator-job_run_25000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity JobRun
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobName === null && last.jobName === undefined) {
        diff.jobName = current.jobName;
      } else if (current.jobName == null && last.jobName == null) {
    
      } else if ((current.jobName != null && last.jobName == null) || (current.jobName == null && last.jobName != null)) {
        diff.jobName = current.jobName;
      } else if (last.jobName !== current.jobName) {
        diff.jobName = current.jobName;
      }
    
      if (current.periodKey === null && last.periodKey === undefined) {
        diff.periodKey = current.periodKey;
      } else if (current.periodKey == null && last.periodKey == null) {
    
      } else if ((current.periodKey != null && last.periodKey == null) || (current.periodKey == null && last.periodKey != null)) {
        diff.periodKey = current.periodKey;
      } else if (last.periodKey !== current.periodKey) {
        diff.periodKey = current.periodKey;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.attempts === null && last.attempts === undefined) {
        diff.attempts = current.attempts;
      } else if (current.attempts == null && last.attempts == null) {
    
      } else if ((current.attempts != null && last.attempts == null) || (current.attempts == null && last.attempts != null)) {
        diff.attempts = current.attempts;
      } else if (!equals(last.attempts, current.attempts)) {
        diff.attempts = current.attempts;
      }
    
      if (current.startedAt === null && last.startedAt === undefined) {
        diff.startedAt = current.startedAt;
      } else if (current.startedAt == null && last.startedAt == null) {
    
      } else if ((current.startedAt != null && last.startedAt == null) || (current.startedAt == null && last.startedAt != null)) {
        diff.startedAt = current.startedAt;
      } else if (last.startedAt.valueOf() !== current.startedAt.valueOf()) {
        diff.startedAt = current.startedAt;
      }
    
      if (current.finishedAt === null && last.finishedAt === undefined) {
        diff.finishedAt = current.finishedAt;
      } else if (current.finishedAt == null && last.finishedAt == null) {
    
      } else if ((current.finishedAt != null && last.finishedAt == null) || (current.finishedAt == null && last.finishedAt != null)) {
        diff.finishedAt = current.finishedAt;
      } else if (last.finishedAt.valueOf() !== current.finishedAt.valueOf()) {
        diff.finishedAt = current.finishedAt;
      }
    
      if (current.summary === null && last.summary === undefined) {
        diff.summary = current.summary;
      } else if (current.summary == null && last.summary == null) {
    
      } else if ((current.summary != null && last.summary == null) || (current.summary == null && last.summary != null)) {
        diff.summary = current.summary;
      } else if (!equals(last.summary, current.summary)) {
        diff.summary = current.summary;
      }
    
      if (current.error === null && last.error === undefined) {
        diff.error = current.error;
      } else if (current.error == null && last.error == null) {
    
      } else if ((current.error != null && last.error == null) || (current.error == null && last.error != null)) {
        diff.error = current.error;
      } else if (!equals(last.error, current.error)) {
        diff.error = current.error;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-job_run_25000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, processDateProperty, convertToDatabaseValue_summary) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobName !== 'undefined') {
        ret.jobName = entity.jobName;
      }
    
      if (typeof entity.periodKey !== 'undefined') {
        ret.periodKey = entity.periodKey;
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.attempts !== 'undefined') {
        ret.attempts = clone(entity.attempts);
      }
    
      if (typeof entity.startedAt !== 'undefined') {
        ret.startedAt = clone(processDateProperty(entity.startedAt));
      }
    
      if (typeof entity.finishedAt !== 'undefined') {
        ret.finishedAt = clone(processDateProperty(entity.finishedAt));
      }
    
      if (typeof entity.summary !== 'undefined') {
        ret.summary = clone(convertToDatabaseValue_summary(entity.summary));
      }
    
      if (typeof entity.error !== 'undefined') {
        ret.error = clone(entity.error);
      }
    
      return ret;
    }
  },
  'resultMapper-job_run_25000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity JobRun
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_name !== 'undefined') {
        ret.jobName = result.job_name;
        mapped.job_name = true;
      }
      if (typeof result.period_key !== 'undefined') {
        ret.periodKey = result.period_key;
        mapped.period_key = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.attempts !== 'undefined') {
        ret.attempts = result.attempts;
        mapped.attempts = true;
      }
      if (typeof result.started_at !== 'undefined') {
        if (result.started_at == null || result.started_at instanceof Date) {
          ret.startedAt = result.started_at;
        } else if (typeof result.started_at === 'bigint') {
          ret.startedAt = parseDate(Number(result.started_at));
        } else if (typeof result.started_at === 'number' || result.started_at.includes('+') || result.started_at.lastIndexOf('-') > 10 || result.started_at.endsWith('Z')) {
          ret.startedAt = parseDate(result.started_at);
        } else {
          ret.startedAt = parseDate(result.started_at + 'Z');
        }
        mapped.started_at = true;
      }
      if (typeof result.finished_at !== 'undefined') {
        if (result.finished_at == null || result.finished_at instanceof Date) {
          ret.finishedAt = result.finished_at;
        } else if (typeof result.finished_at === 'bigint') {
          ret.finishedAt = parseDate(Number(result.finished_at));
        } else if (typeof result.finished_at === 'number' || result.finished_at.includes('+') || result.finished_at.lastIndexOf('-') > 10 || result.finished_at.endsWith('Z')) {
          ret.finishedAt = parseDate(result.finished_at);
        } else {
          ret.finishedAt = parseDate(result.finished_at + 'Z');
        }
        mapped.finished_at = true;
      }
      if (typeof result.summary !== 'undefined') {
        ret.summary = result.summary;
        mapped.summary = true;
      }
      if (typeof result.error !== 'undefined') {
        ret.error = result.error;
        mapped.error = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-job_run_25000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity JobRun ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-job_run_25000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity JobRun ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-job_run_25000': function(isEntityOrRef) {
    // compiled pk getter for entity JobRun
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-job_run_25000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity JobRun
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-job_run_25000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity JobRun
    return function(entity) {
      const val_35 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_35);
    }
  },
  'hydrator-interview_invitation_20000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, candidacy_971, candidacy_972, organisation_973, organisation_974, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_sharedByUserId, convertToDatabaseValue_sharedByUserId) {
    // compiled hydrator for entity InterviewInvitation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.candidacy === null) {
        entity.candidacy = null;
      } else if (typeof data.candidacy !== 'undefined') {
        if (isPrimaryKey(data.candidacy, true)) {
          entity.candidacy = factory.createReference(candidacy_971, data.candidacy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.candidacy && typeof data.candidacy === 'object') {
          entity.candidacy = factory.create(candidacy_972, data.candidacy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_973, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_974, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.message === null) {
        entity.message = null;
      } else if (typeof data.message !== 'undefined') {
        entity.message = data.message;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.sharedByUserId === null) {
        entity.sharedByUserId = null;
      } else if (typeof data.sharedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_sharedByUserId(data.sharedByUserId);
          entity.sharedByUserId = value;
        } else {
          entity.sharedByUserId = data.sharedByUserId;
        }
      }
      if (data.sharedAt === null) {
        entity.sharedAt = null;
      } else if (typeof data.sharedAt !== 'undefined') {
        if (data.sharedAt instanceof Date) {
          entity.sharedAt = data.sharedAt;
        } else if (typeof data.sharedAt === 'number' || data.sharedAt.includes('+') || data.sharedAt.lastIndexOf('-') > 10 || data.sharedAt.endsWith('Z')) {
          entity.sharedAt = new Date(data.sharedAt);
        } else {
          entity.sharedAt = new Date(data.sharedAt + 'Z');
        }
      }
      if (data.closedAt === null) {
        entity.closedAt = null;
      } else if (typeof data.closedAt !== 'undefined') {
        if (data.closedAt instanceof Date) {
          entity.closedAt = data.closedAt;
        } else if (typeof data.closedAt === 'number' || data.closedAt.includes('+') || data.closedAt.lastIndexOf('-') > 10 || data.closedAt.endsWith('Z')) {
          entity.closedAt = new Date(data.closedAt);
        } else {
          entity.closedAt = new Date(data.closedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-interview_invitation_20000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, candidacy_985, candidacy_986, organisation_987, organisation_988, convertToJSValue_invitedByUserId, convertToDatabaseValue_invitedByUserId, convertToJSValue_sharedByUserId, convertToDatabaseValue_sharedByUserId) {
    // compiled hydrator for entity InterviewInvitation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.candidacy === null) {
        entity.candidacy = null;
      } else if (typeof data.candidacy !== 'undefined') {
        if (isPrimaryKey(data.candidacy, true)) {
          entity.candidacy = factory.createReference(candidacy_985, data.candidacy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.candidacy && typeof data.candidacy === 'object') {
          entity.candidacy = factory.create(candidacy_986, data.candidacy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_987, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_988, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.message === null) {
        entity.message = null;
      } else if (typeof data.message !== 'undefined') {
        entity.message = data.message;
      }
      if (data.contactRoute === null) {
        entity.contactRoute = null;
      } else if (typeof data.contactRoute !== 'undefined') {
        entity.contactRoute = data.contactRoute;
      }
      if (data.invitedByUserId === null) {
        entity.invitedByUserId = null;
      } else if (typeof data.invitedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_invitedByUserId(data.invitedByUserId);
          entity.invitedByUserId = value;
        } else {
          entity.invitedByUserId = data.invitedByUserId;
        }
      }
      if (data.invitedAt === null) {
        entity.invitedAt = null;
      } else if (typeof data.invitedAt !== 'undefined') {
        if (data.invitedAt instanceof Date) {
          entity.invitedAt = data.invitedAt;
        } else if (typeof data.invitedAt === 'number' || data.invitedAt.includes('+') || data.invitedAt.lastIndexOf('-') > 10 || data.invitedAt.endsWith('Z')) {
          entity.invitedAt = new Date(data.invitedAt);
        } else {
          entity.invitedAt = new Date(data.invitedAt + 'Z');
        }
      }
      if (data.sharedByUserId === null) {
        entity.sharedByUserId = null;
      } else if (typeof data.sharedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_sharedByUserId(data.sharedByUserId);
          entity.sharedByUserId = value;
        } else {
          entity.sharedByUserId = data.sharedByUserId;
        }
      }
      if (data.sharedAt === null) {
        entity.sharedAt = null;
      } else if (typeof data.sharedAt !== 'undefined') {
        if (data.sharedAt instanceof Date) {
          entity.sharedAt = data.sharedAt;
        } else if (typeof data.sharedAt === 'number' || data.sharedAt.includes('+') || data.sharedAt.lastIndexOf('-') > 10 || data.sharedAt.endsWith('Z')) {
          entity.sharedAt = new Date(data.sharedAt);
        } else {
          entity.sharedAt = new Date(data.sharedAt + 'Z');
        }
      }
      if (data.closedAt === null) {
        entity.closedAt = null;
      } else if (typeof data.closedAt !== 'undefined') {
        if (data.closedAt instanceof Date) {
          entity.closedAt = data.closedAt;
        } else if (typeof data.closedAt === 'number' || data.closedAt.includes('+') || data.closedAt.lastIndexOf('-') > 10 || data.closedAt.endsWith('Z')) {
          entity.closedAt = new Date(data.closedAt);
        } else {
          entity.closedAt = new Date(data.closedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-interview_invitation_20000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity InterviewInvitation
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.candidacy === null && last.candidacy === undefined) {
        diff.candidacy = current.candidacy;
      } else if (current.candidacy == null && last.candidacy == null) {
    
      } else if ((current.candidacy != null && last.candidacy == null) || (current.candidacy == null && last.candidacy != null)) {
        diff.candidacy = current.candidacy;
      } else if (last.candidacy !== current.candidacy) {
        diff.candidacy = current.candidacy;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.message === null && last.message === undefined) {
        diff.message = current.message;
      } else if (current.message == null && last.message == null) {
    
      } else if ((current.message != null && last.message == null) || (current.message == null && last.message != null)) {
        diff.message = current.message;
      } else if (!equals(last.message, current.message)) {
        diff.message = current.message;
      }
    
      if (current.contactRoute === null && last.contactRoute === undefined) {
        diff.contactRoute = current.contactRoute;
      } else if (current.contactRoute == null && last.contactRoute == null) {
    
      } else if ((current.contactRoute != null && last.contactRoute == null) || (current.contactRoute == null && last.contactRoute != null)) {
        diff.contactRoute = current.contactRoute;
      } else if (last.contactRoute !== current.contactRoute) {
        diff.contactRoute = current.contactRoute;
      }
    
      if (current.invitedByUserId === null && last.invitedByUserId === undefined) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (current.invitedByUserId == null && last.invitedByUserId == null) {
    
      } else if ((current.invitedByUserId != null && last.invitedByUserId == null) || (current.invitedByUserId == null && last.invitedByUserId != null)) {
        diff.invitedByUserId = current.invitedByUserId;
      } else if (last.invitedByUserId !== current.invitedByUserId) {
        diff.invitedByUserId = current.invitedByUserId;
      }
    
      if (current.invitedAt === null && last.invitedAt === undefined) {
        diff.invitedAt = current.invitedAt;
      } else if (current.invitedAt == null && last.invitedAt == null) {
    
      } else if ((current.invitedAt != null && last.invitedAt == null) || (current.invitedAt == null && last.invitedAt != null)) {
        diff.invitedAt = current.invitedAt;
      } else if (last.invitedAt.valueOf() !== current.invitedAt.valueOf()) {
        diff.invitedAt = current.invitedAt;
      }
    
      if (current.sharedByUserId === null && last.sharedByUserId === undefined) {
        diff.sharedByUserId = current.sharedByUserId;
      } else if (current.sharedByUserId == null && last.sharedByUserId == null) {
    
      } else if ((current.sharedByUserId != null && last.sharedByUserId == null) || (current.sharedByUserId == null && last.sharedByUserId != null)) {
        diff.sharedByUserId = current.sharedByUserId;
      } else if (last.sharedByUserId !== current.sharedByUserId) {
        diff.sharedByUserId = current.sharedByUserId;
      }
    
      if (current.sharedAt === null && last.sharedAt === undefined) {
        diff.sharedAt = current.sharedAt;
      } else if (current.sharedAt == null && last.sharedAt == null) {
    
      } else if ((current.sharedAt != null && last.sharedAt == null) || (current.sharedAt == null && last.sharedAt != null)) {
        diff.sharedAt = current.sharedAt;
      } else if (last.sharedAt.valueOf() !== current.sharedAt.valueOf()) {
        diff.sharedAt = current.sharedAt;
      }
    
      if (current.closedAt === null && last.closedAt === undefined) {
        diff.closedAt = current.closedAt;
      } else if (current.closedAt == null && last.closedAt == null) {
    
      } else if ((current.closedAt != null && last.closedAt == null) || (current.closedAt == null && last.closedAt != null)) {
        diff.closedAt = current.closedAt;
      } else if (last.closedAt.valueOf() !== current.closedAt.valueOf()) {
        diff.closedAt = current.closedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-interview_invitation_20000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_invitedByUserId, processDateProperty, convertToDatabaseValue_sharedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.candidacy !== 'undefined') {
        if (entity.candidacy === null) {
          ret.candidacy = null;
        } else if (entity.candidacy?.__helper.__identifier && !entity.candidacy.__helper.hasPrimaryKey()) {
          ret.candidacy = entity.candidacy?.__helper.__identifier;
        } else if (typeof entity.candidacy !== 'undefined') {
          ret.candidacy = toArray(entity.candidacy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.message !== 'undefined') {
        ret.message = clone(entity.message);
      }
    
      if (typeof entity.contactRoute !== 'undefined') {
        ret.contactRoute = entity.contactRoute;
      }
    
      if (typeof entity.invitedByUserId !== 'undefined') {
        ret.invitedByUserId = convertToDatabaseValue_invitedByUserId(entity.invitedByUserId);
      }
    
      if (typeof entity.invitedAt !== 'undefined') {
        ret.invitedAt = clone(processDateProperty(entity.invitedAt));
      }
    
      if (typeof entity.sharedByUserId !== 'undefined') {
        ret.sharedByUserId = convertToDatabaseValue_sharedByUserId(entity.sharedByUserId);
      }
    
      if (typeof entity.sharedAt !== 'undefined') {
        ret.sharedAt = clone(processDateProperty(entity.sharedAt));
      }
    
      if (typeof entity.closedAt !== 'undefined') {
        ret.closedAt = clone(processDateProperty(entity.closedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-interview_invitation_20000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity InterviewInvitation
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.candidacy_id !== 'undefined') {
        ret.candidacy = result.candidacy_id;
        mapped.candidacy_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.message !== 'undefined') {
        ret.message = result.message;
        mapped.message = true;
      }
      if (typeof result.contact_route !== 'undefined') {
        ret.contactRoute = result.contact_route;
        mapped.contact_route = true;
      }
      if (typeof result.invited_by_user_id !== 'undefined') {
        ret.invitedByUserId = result.invited_by_user_id;
        mapped.invited_by_user_id = true;
      }
      if (typeof result.invited_at !== 'undefined') {
        if (result.invited_at == null || result.invited_at instanceof Date) {
          ret.invitedAt = result.invited_at;
        } else if (typeof result.invited_at === 'bigint') {
          ret.invitedAt = parseDate(Number(result.invited_at));
        } else if (typeof result.invited_at === 'number' || result.invited_at.includes('+') || result.invited_at.lastIndexOf('-') > 10 || result.invited_at.endsWith('Z')) {
          ret.invitedAt = parseDate(result.invited_at);
        } else {
          ret.invitedAt = parseDate(result.invited_at + 'Z');
        }
        mapped.invited_at = true;
      }
      if (typeof result.shared_by_user_id !== 'undefined') {
        ret.sharedByUserId = result.shared_by_user_id;
        mapped.shared_by_user_id = true;
      }
      if (typeof result.shared_at !== 'undefined') {
        if (result.shared_at == null || result.shared_at instanceof Date) {
          ret.sharedAt = result.shared_at;
        } else if (typeof result.shared_at === 'bigint') {
          ret.sharedAt = parseDate(Number(result.shared_at));
        } else if (typeof result.shared_at === 'number' || result.shared_at.includes('+') || result.shared_at.lastIndexOf('-') > 10 || result.shared_at.endsWith('Z')) {
          ret.sharedAt = parseDate(result.shared_at);
        } else {
          ret.sharedAt = parseDate(result.shared_at + 'Z');
        }
        mapped.shared_at = true;
      }
      if (typeof result.closed_at !== 'undefined') {
        if (result.closed_at == null || result.closed_at instanceof Date) {
          ret.closedAt = result.closed_at;
        } else if (typeof result.closed_at === 'bigint') {
          ret.closedAt = parseDate(Number(result.closed_at));
        } else if (typeof result.closed_at === 'number' || result.closed_at.includes('+') || result.closed_at.lastIndexOf('-') > 10 || result.closed_at.endsWith('Z')) {
          ret.closedAt = parseDate(result.closed_at);
        } else {
          ret.closedAt = parseDate(result.closed_at + 'Z');
        }
        mapped.closed_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-interview_invitation_20000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity InterviewInvitation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-interview_invitation_20000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity InterviewInvitation ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-interview_invitation_20000': function(isEntityOrRef) {
    // compiled pk getter for entity InterviewInvitation
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-interview_invitation_20000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity InterviewInvitation
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-interview_invitation_20000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity InterviewInvitation
    return function(entity) {
      const val_36 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_36);
    }
  },
  'hydrator-instrument_version_usage_6000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity InstrumentVersionUsage ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
      if (data.instrumentId === null) {
        entity.instrumentId = null;
      } else if (typeof data.instrumentId !== 'undefined') {
        entity.instrumentId = data.instrumentId;
      }
      if (data.fingerprint === null) {
        entity.fingerprint = null;
      } else if (typeof data.fingerprint !== 'undefined') {
        entity.fingerprint = data.fingerprint;
      }
      if (data.firstUsedAt === null) {
        entity.firstUsedAt = null;
      } else if (typeof data.firstUsedAt !== 'undefined') {
        if (data.firstUsedAt instanceof Date) {
          entity.firstUsedAt = data.firstUsedAt;
        } else if (typeof data.firstUsedAt === 'number' || data.firstUsedAt.includes('+') || data.firstUsedAt.lastIndexOf('-') > 10 || data.firstUsedAt.endsWith('Z')) {
          entity.firstUsedAt = new Date(data.firstUsedAt);
        } else {
          entity.firstUsedAt = new Date(data.firstUsedAt + 'Z');
        }
      }
    }
  },
  'hydrator-instrument_version_usage_6000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity InstrumentVersionUsage ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
      if (data.instrumentId === null) {
        entity.instrumentId = null;
      } else if (typeof data.instrumentId !== 'undefined') {
        entity.instrumentId = data.instrumentId;
      }
      if (data.fingerprint === null) {
        entity.fingerprint = null;
      } else if (typeof data.fingerprint !== 'undefined') {
        entity.fingerprint = data.fingerprint;
      }
      if (data.firstUsedAt === null) {
        entity.firstUsedAt = null;
      } else if (typeof data.firstUsedAt !== 'undefined') {
        if (data.firstUsedAt instanceof Date) {
          entity.firstUsedAt = data.firstUsedAt;
        } else if (typeof data.firstUsedAt === 'number' || data.firstUsedAt.includes('+') || data.firstUsedAt.lastIndexOf('-') > 10 || data.firstUsedAt.endsWith('Z')) {
          entity.firstUsedAt = new Date(data.firstUsedAt);
        } else {
          entity.firstUsedAt = new Date(data.firstUsedAt + 'Z');
        }
      }
    }
  },
  'comparator-instrument_version_usage_6000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity InstrumentVersionUsage
    return function(last, current, options) {
      const diff = {};
      if (current.version === null && last.version === undefined) {
        diff.version = current.version;
      } else if (current.version == null && last.version == null) {
    
      } else if ((current.version != null && last.version == null) || (current.version == null && last.version != null)) {
        diff.version = current.version;
      } else if (!equals(last.version, current.version)) {
        diff.version = current.version;
      }
    
      if (current.instrumentId === null && last.instrumentId === undefined) {
        diff.instrumentId = current.instrumentId;
      } else if (current.instrumentId == null && last.instrumentId == null) {
    
      } else if ((current.instrumentId != null && last.instrumentId == null) || (current.instrumentId == null && last.instrumentId != null)) {
        diff.instrumentId = current.instrumentId;
      } else if (last.instrumentId !== current.instrumentId) {
        diff.instrumentId = current.instrumentId;
      }
    
      if (current.fingerprint === null && last.fingerprint === undefined) {
        diff.fingerprint = current.fingerprint;
      } else if (current.fingerprint == null && last.fingerprint == null) {
    
      } else if ((current.fingerprint != null && last.fingerprint == null) || (current.fingerprint == null && last.fingerprint != null)) {
        diff.fingerprint = current.fingerprint;
      } else if (last.fingerprint !== current.fingerprint) {
        diff.fingerprint = current.fingerprint;
      }
    
      if (current.firstUsedAt === null && last.firstUsedAt === undefined) {
        diff.firstUsedAt = current.firstUsedAt;
      } else if (current.firstUsedAt == null && last.firstUsedAt == null) {
    
      } else if ((current.firstUsedAt != null && last.firstUsedAt == null) || (current.firstUsedAt == null && last.firstUsedAt != null)) {
        diff.firstUsedAt = current.firstUsedAt;
      } else if (last.firstUsedAt.valueOf() !== current.firstUsedAt.valueOf()) {
        diff.firstUsedAt = current.firstUsedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-instrument_version_usage_6000': function(clone, cloneEmbeddable, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.version !== 'undefined') {
        ret.version = clone(entity.version);
      }
    
      if (typeof entity.instrumentId !== 'undefined') {
        ret.instrumentId = entity.instrumentId;
      }
    
      if (typeof entity.fingerprint !== 'undefined') {
        ret.fingerprint = entity.fingerprint;
      }
    
      if (typeof entity.firstUsedAt !== 'undefined') {
        ret.firstUsedAt = clone(processDateProperty(entity.firstUsedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-instrument_version_usage_6000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity InstrumentVersionUsage
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      if (typeof result.instrument_id !== 'undefined') {
        ret.instrumentId = result.instrument_id;
        mapped.instrument_id = true;
      }
      if (typeof result.fingerprint !== 'undefined') {
        ret.fingerprint = result.fingerprint;
        mapped.fingerprint = true;
      }
      if (typeof result.first_used_at !== 'undefined') {
        if (result.first_used_at == null || result.first_used_at instanceof Date) {
          ret.firstUsedAt = result.first_used_at;
        } else if (typeof result.first_used_at === 'bigint') {
          ret.firstUsedAt = parseDate(Number(result.first_used_at));
        } else if (typeof result.first_used_at === 'number' || result.first_used_at.includes('+') || result.first_used_at.lastIndexOf('-') > 10 || result.first_used_at.endsWith('Z')) {
          ret.firstUsedAt = parseDate(result.first_used_at);
        } else {
          ret.firstUsedAt = parseDate(result.first_used_at + 'Z');
        }
        mapped.first_used_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-instrument_version_usage_6000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity InstrumentVersionUsage ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-instrument_version_usage_6000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError) {
    // compiled hydrator for entity InstrumentVersionUsage ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'pkGetter-instrument_version_usage_6000': function(isEntityOrRef) {
    // compiled pk getter for entity InstrumentVersionUsage
    return function(entity) {
      return entity.version;
    }
  },
  'pkGetterConverted-instrument_version_usage_6000': function(isEntityOrRef) {
    // compiled pk getter (with converted custom types) for entity InstrumentVersionUsage
    return function(entity) {
      return entity.version;
    }
  },
  'pkSerializer-instrument_version_usage_6000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash) {
    // compiled pk serializer for entity InstrumentVersionUsage
    return function(entity) {
      return '' + entity.version;
    }
  },
  'hydrator-erasure_request_23000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1011, job_seeker_1012, convertToJSValue_requestedByUserId, convertToDatabaseValue_requestedByUserId, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId) {
    // compiled hydrator for entity ErasureRequest ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1011, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1012, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.origin === null) {
        entity.origin = null;
      } else if (typeof data.origin !== 'undefined') {
        entity.origin = data.origin;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.requestedAt === null) {
        entity.requestedAt = null;
      } else if (typeof data.requestedAt !== 'undefined') {
        if (data.requestedAt instanceof Date) {
          entity.requestedAt = data.requestedAt;
        } else if (typeof data.requestedAt === 'number' || data.requestedAt.includes('+') || data.requestedAt.lastIndexOf('-') > 10 || data.requestedAt.endsWith('Z')) {
          entity.requestedAt = new Date(data.requestedAt);
        } else {
          entity.requestedAt = new Date(data.requestedAt + 'Z');
        }
      }
      if (data.requestedByUserId === null) {
        entity.requestedByUserId = null;
      } else if (typeof data.requestedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_requestedByUserId(data.requestedByUserId);
          entity.requestedByUserId = value;
        } else {
          entity.requestedByUserId = data.requestedByUserId;
        }
      }
      if (data.notYetReason === null) {
        entity.notYetReason = null;
      } else if (typeof data.notYetReason !== 'undefined') {
        entity.notYetReason = data.notYetReason;
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.erasedAt === null) {
        entity.erasedAt = null;
      } else if (typeof data.erasedAt !== 'undefined') {
        if (data.erasedAt instanceof Date) {
          entity.erasedAt = data.erasedAt;
        } else if (typeof data.erasedAt === 'number' || data.erasedAt.includes('+') || data.erasedAt.lastIndexOf('-') > 10 || data.erasedAt.endsWith('Z')) {
          entity.erasedAt = new Date(data.erasedAt);
        } else {
          entity.erasedAt = new Date(data.erasedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-erasure_request_23000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1023, job_seeker_1024, convertToJSValue_requestedByUserId, convertToDatabaseValue_requestedByUserId, convertToJSValue_decidedByUserId, convertToDatabaseValue_decidedByUserId) {
    // compiled hydrator for entity ErasureRequest ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1023, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1024, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.origin === null) {
        entity.origin = null;
      } else if (typeof data.origin !== 'undefined') {
        entity.origin = data.origin;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.requestedAt === null) {
        entity.requestedAt = null;
      } else if (typeof data.requestedAt !== 'undefined') {
        if (data.requestedAt instanceof Date) {
          entity.requestedAt = data.requestedAt;
        } else if (typeof data.requestedAt === 'number' || data.requestedAt.includes('+') || data.requestedAt.lastIndexOf('-') > 10 || data.requestedAt.endsWith('Z')) {
          entity.requestedAt = new Date(data.requestedAt);
        } else {
          entity.requestedAt = new Date(data.requestedAt + 'Z');
        }
      }
      if (data.requestedByUserId === null) {
        entity.requestedByUserId = null;
      } else if (typeof data.requestedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_requestedByUserId(data.requestedByUserId);
          entity.requestedByUserId = value;
        } else {
          entity.requestedByUserId = data.requestedByUserId;
        }
      }
      if (data.notYetReason === null) {
        entity.notYetReason = null;
      } else if (typeof data.notYetReason !== 'undefined') {
        entity.notYetReason = data.notYetReason;
      }
      if (data.decidedAt === null) {
        entity.decidedAt = null;
      } else if (typeof data.decidedAt !== 'undefined') {
        if (data.decidedAt instanceof Date) {
          entity.decidedAt = data.decidedAt;
        } else if (typeof data.decidedAt === 'number' || data.decidedAt.includes('+') || data.decidedAt.lastIndexOf('-') > 10 || data.decidedAt.endsWith('Z')) {
          entity.decidedAt = new Date(data.decidedAt);
        } else {
          entity.decidedAt = new Date(data.decidedAt + 'Z');
        }
      }
      if (data.decidedByUserId === null) {
        entity.decidedByUserId = null;
      } else if (typeof data.decidedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_decidedByUserId(data.decidedByUserId);
          entity.decidedByUserId = value;
        } else {
          entity.decidedByUserId = data.decidedByUserId;
        }
      }
      if (data.erasedAt === null) {
        entity.erasedAt = null;
      } else if (typeof data.erasedAt !== 'undefined') {
        if (data.erasedAt instanceof Date) {
          entity.erasedAt = data.erasedAt;
        } else if (typeof data.erasedAt === 'number' || data.erasedAt.includes('+') || data.erasedAt.lastIndexOf('-') > 10 || data.erasedAt.endsWith('Z')) {
          entity.erasedAt = new Date(data.erasedAt);
        } else {
          entity.erasedAt = new Date(data.erasedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-erasure_request_23000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ErasureRequest
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.origin === null && last.origin === undefined) {
        diff.origin = current.origin;
      } else if (current.origin == null && last.origin == null) {
    
      } else if ((current.origin != null && last.origin == null) || (current.origin == null && last.origin != null)) {
        diff.origin = current.origin;
      } else if (last.origin !== current.origin) {
        diff.origin = current.origin;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.requestedAt === null && last.requestedAt === undefined) {
        diff.requestedAt = current.requestedAt;
      } else if (current.requestedAt == null && last.requestedAt == null) {
    
      } else if ((current.requestedAt != null && last.requestedAt == null) || (current.requestedAt == null && last.requestedAt != null)) {
        diff.requestedAt = current.requestedAt;
      } else if (last.requestedAt.valueOf() !== current.requestedAt.valueOf()) {
        diff.requestedAt = current.requestedAt;
      }
    
      if (current.requestedByUserId === null && last.requestedByUserId === undefined) {
        diff.requestedByUserId = current.requestedByUserId;
      } else if (current.requestedByUserId == null && last.requestedByUserId == null) {
    
      } else if ((current.requestedByUserId != null && last.requestedByUserId == null) || (current.requestedByUserId == null && last.requestedByUserId != null)) {
        diff.requestedByUserId = current.requestedByUserId;
      } else if (last.requestedByUserId !== current.requestedByUserId) {
        diff.requestedByUserId = current.requestedByUserId;
      }
    
      if (current.notYetReason === null && last.notYetReason === undefined) {
        diff.notYetReason = current.notYetReason;
      } else if (current.notYetReason == null && last.notYetReason == null) {
    
      } else if ((current.notYetReason != null && last.notYetReason == null) || (current.notYetReason == null && last.notYetReason != null)) {
        diff.notYetReason = current.notYetReason;
      } else if (!equals(last.notYetReason, current.notYetReason)) {
        diff.notYetReason = current.notYetReason;
      }
    
      if (current.decidedAt === null && last.decidedAt === undefined) {
        diff.decidedAt = current.decidedAt;
      } else if (current.decidedAt == null && last.decidedAt == null) {
    
      } else if ((current.decidedAt != null && last.decidedAt == null) || (current.decidedAt == null && last.decidedAt != null)) {
        diff.decidedAt = current.decidedAt;
      } else if (last.decidedAt.valueOf() !== current.decidedAt.valueOf()) {
        diff.decidedAt = current.decidedAt;
      }
    
      if (current.decidedByUserId === null && last.decidedByUserId === undefined) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (current.decidedByUserId == null && last.decidedByUserId == null) {
    
      } else if ((current.decidedByUserId != null && last.decidedByUserId == null) || (current.decidedByUserId == null && last.decidedByUserId != null)) {
        diff.decidedByUserId = current.decidedByUserId;
      } else if (last.decidedByUserId !== current.decidedByUserId) {
        diff.decidedByUserId = current.decidedByUserId;
      }
    
      if (current.erasedAt === null && last.erasedAt === undefined) {
        diff.erasedAt = current.erasedAt;
      } else if (current.erasedAt == null && last.erasedAt == null) {
    
      } else if ((current.erasedAt != null && last.erasedAt == null) || (current.erasedAt == null && last.erasedAt != null)) {
        diff.erasedAt = current.erasedAt;
      } else if (last.erasedAt.valueOf() !== current.erasedAt.valueOf()) {
        diff.erasedAt = current.erasedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-erasure_request_23000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_requestedByUserId, convertToDatabaseValue_decidedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.origin !== 'undefined') {
        ret.origin = entity.origin;
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.requestedAt !== 'undefined') {
        ret.requestedAt = clone(processDateProperty(entity.requestedAt));
      }
    
      if (typeof entity.requestedByUserId !== 'undefined') {
        ret.requestedByUserId = convertToDatabaseValue_requestedByUserId(entity.requestedByUserId);
      }
    
      if (typeof entity.notYetReason !== 'undefined') {
        ret.notYetReason = clone(entity.notYetReason);
      }
    
      if (typeof entity.decidedAt !== 'undefined') {
        ret.decidedAt = clone(processDateProperty(entity.decidedAt));
      }
    
      if (typeof entity.decidedByUserId !== 'undefined') {
        ret.decidedByUserId = convertToDatabaseValue_decidedByUserId(entity.decidedByUserId);
      }
    
      if (typeof entity.erasedAt !== 'undefined') {
        ret.erasedAt = clone(processDateProperty(entity.erasedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-erasure_request_23000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ErasureRequest
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.origin !== 'undefined') {
        ret.origin = result.origin;
        mapped.origin = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.requested_at !== 'undefined') {
        if (result.requested_at == null || result.requested_at instanceof Date) {
          ret.requestedAt = result.requested_at;
        } else if (typeof result.requested_at === 'bigint') {
          ret.requestedAt = parseDate(Number(result.requested_at));
        } else if (typeof result.requested_at === 'number' || result.requested_at.includes('+') || result.requested_at.lastIndexOf('-') > 10 || result.requested_at.endsWith('Z')) {
          ret.requestedAt = parseDate(result.requested_at);
        } else {
          ret.requestedAt = parseDate(result.requested_at + 'Z');
        }
        mapped.requested_at = true;
      }
      if (typeof result.requested_by_user_id !== 'undefined') {
        ret.requestedByUserId = result.requested_by_user_id;
        mapped.requested_by_user_id = true;
      }
      if (typeof result.not_yet_reason !== 'undefined') {
        ret.notYetReason = result.not_yet_reason;
        mapped.not_yet_reason = true;
      }
      if (typeof result.decided_at !== 'undefined') {
        if (result.decided_at == null || result.decided_at instanceof Date) {
          ret.decidedAt = result.decided_at;
        } else if (typeof result.decided_at === 'bigint') {
          ret.decidedAt = parseDate(Number(result.decided_at));
        } else if (typeof result.decided_at === 'number' || result.decided_at.includes('+') || result.decided_at.lastIndexOf('-') > 10 || result.decided_at.endsWith('Z')) {
          ret.decidedAt = parseDate(result.decided_at);
        } else {
          ret.decidedAt = parseDate(result.decided_at + 'Z');
        }
        mapped.decided_at = true;
      }
      if (typeof result.decided_by_user_id !== 'undefined') {
        ret.decidedByUserId = result.decided_by_user_id;
        mapped.decided_by_user_id = true;
      }
      if (typeof result.erased_at !== 'undefined') {
        if (result.erased_at == null || result.erased_at instanceof Date) {
          ret.erasedAt = result.erased_at;
        } else if (typeof result.erased_at === 'bigint') {
          ret.erasedAt = parseDate(Number(result.erased_at));
        } else if (typeof result.erased_at === 'number' || result.erased_at.includes('+') || result.erased_at.lastIndexOf('-') > 10 || result.erased_at.endsWith('Z')) {
          ret.erasedAt = parseDate(result.erased_at);
        } else {
          ret.erasedAt = parseDate(result.erased_at + 'Z');
        }
        mapped.erased_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-erasure_request_23000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ErasureRequest ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-erasure_request_23000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ErasureRequest ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-erasure_request_23000': function(isEntityOrRef) {
    // compiled pk getter for entity ErasureRequest
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-erasure_request_23000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ErasureRequest
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-erasure_request_23000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ErasureRequest
    return function(entity) {
      const val_37 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_37);
    }
  },
  'hydrator-employer_profile_22000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_1037, organisation_1038) {
    // compiled hydrator for entity EmployerProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_1037, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_1038, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.sectorCode === null) {
        entity.sectorCode = null;
      } else if (typeof data.sectorCode !== 'undefined') {
        entity.sectorCode = data.sectorCode;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.address === null) {
        entity.address = null;
      } else if (typeof data.address !== 'undefined') {
        entity.address = data.address;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.caoName === null) {
        entity.caoName = null;
      } else if (typeof data.caoName !== 'undefined') {
        entity.caoName = data.caoName;
      }
      if (data.hasSroiObligation === null) {
        entity.hasSroiObligation = null;
      } else if (typeof data.hasSroiObligation !== 'undefined') {
        entity.hasSroiObligation = !!data.hasSroiObligation;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-employer_profile_22000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, organisation_1049, organisation_1050) {
    // compiled hydrator for entity EmployerProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.organisation === null) {
        entity.organisation = null;
      } else if (typeof data.organisation !== 'undefined') {
        if (isPrimaryKey(data.organisation, true)) {
          entity.organisation = factory.createReference(organisation_1049, data.organisation, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.organisation && typeof data.organisation === 'object') {
          entity.organisation = factory.create(organisation_1050, data.organisation, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.sectorCode === null) {
        entity.sectorCode = null;
      } else if (typeof data.sectorCode !== 'undefined') {
        entity.sectorCode = data.sectorCode;
      }
      if (data.postcode === null) {
        entity.postcode = null;
      } else if (typeof data.postcode !== 'undefined') {
        entity.postcode = data.postcode;
      }
      if (data.postcodeFull === null) {
        entity.postcodeFull = null;
      } else if (typeof data.postcodeFull !== 'undefined') {
        entity.postcodeFull = data.postcodeFull;
      }
      if (data.address === null) {
        entity.address = null;
      } else if (typeof data.address !== 'undefined') {
        entity.address = data.address;
      }
      if (data.underCao === null) {
        entity.underCao = null;
      } else if (typeof data.underCao !== 'undefined') {
        entity.underCao = !!data.underCao;
      }
      if (data.caoName === null) {
        entity.caoName = null;
      } else if (typeof data.caoName !== 'undefined') {
        entity.caoName = data.caoName;
      }
      if (data.hasSroiObligation === null) {
        entity.hasSroiObligation = null;
      } else if (typeof data.hasSroiObligation !== 'undefined') {
        entity.hasSroiObligation = !!data.hasSroiObligation;
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-employer_profile_22000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity EmployerProfile
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.organisation === null && last.organisation === undefined) {
        diff.organisation = current.organisation;
      } else if (current.organisation == null && last.organisation == null) {
    
      } else if ((current.organisation != null && last.organisation == null) || (current.organisation == null && last.organisation != null)) {
        diff.organisation = current.organisation;
      } else if (last.organisation !== current.organisation) {
        diff.organisation = current.organisation;
      }
    
      if (current.sectorCode === null && last.sectorCode === undefined) {
        diff.sectorCode = current.sectorCode;
      } else if (current.sectorCode == null && last.sectorCode == null) {
    
      } else if ((current.sectorCode != null && last.sectorCode == null) || (current.sectorCode == null && last.sectorCode != null)) {
        diff.sectorCode = current.sectorCode;
      } else if (last.sectorCode !== current.sectorCode) {
        diff.sectorCode = current.sectorCode;
      }
    
      if (current.postcode === null && last.postcode === undefined) {
        diff.postcode = current.postcode;
      } else if (current.postcode == null && last.postcode == null) {
    
      } else if ((current.postcode != null && last.postcode == null) || (current.postcode == null && last.postcode != null)) {
        diff.postcode = current.postcode;
      } else if (last.postcode !== current.postcode) {
        diff.postcode = current.postcode;
      }
    
      if (current.postcodeFull === null && last.postcodeFull === undefined) {
        diff.postcodeFull = current.postcodeFull;
      } else if (current.postcodeFull == null && last.postcodeFull == null) {
    
      } else if ((current.postcodeFull != null && last.postcodeFull == null) || (current.postcodeFull == null && last.postcodeFull != null)) {
        diff.postcodeFull = current.postcodeFull;
      } else if (last.postcodeFull !== current.postcodeFull) {
        diff.postcodeFull = current.postcodeFull;
      }
    
      if (current.address === null && last.address === undefined) {
        diff.address = current.address;
      } else if (current.address == null && last.address == null) {
    
      } else if ((current.address != null && last.address == null) || (current.address == null && last.address != null)) {
        diff.address = current.address;
      } else if (last.address !== current.address) {
        diff.address = current.address;
      }
    
      if (current.underCao === null && last.underCao === undefined) {
        diff.underCao = current.underCao;
      } else if (current.underCao == null && last.underCao == null) {
    
      } else if ((current.underCao != null && last.underCao == null) || (current.underCao == null && last.underCao != null)) {
        diff.underCao = current.underCao;
      } else if (!compareBooleans(last.underCao, current.underCao)) {
        diff.underCao = current.underCao;
      }
    
      if (current.caoName === null && last.caoName === undefined) {
        diff.caoName = current.caoName;
      } else if (current.caoName == null && last.caoName == null) {
    
      } else if ((current.caoName != null && last.caoName == null) || (current.caoName == null && last.caoName != null)) {
        diff.caoName = current.caoName;
      } else if (last.caoName !== current.caoName) {
        diff.caoName = current.caoName;
      }
    
      if (current.hasSroiObligation === null && last.hasSroiObligation === undefined) {
        diff.hasSroiObligation = current.hasSroiObligation;
      } else if (current.hasSroiObligation == null && last.hasSroiObligation == null) {
    
      } else if ((current.hasSroiObligation != null && last.hasSroiObligation == null) || (current.hasSroiObligation == null && last.hasSroiObligation != null)) {
        diff.hasSroiObligation = current.hasSroiObligation;
      } else if (!compareBooleans(last.hasSroiObligation, current.hasSroiObligation)) {
        diff.hasSroiObligation = current.hasSroiObligation;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-employer_profile_22000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.organisation !== 'undefined') {
        if (entity.organisation === null) {
          ret.organisation = null;
        } else if (entity.organisation?.__helper.__identifier && !entity.organisation.__helper.hasPrimaryKey()) {
          ret.organisation = entity.organisation?.__helper.__identifier;
        } else if (typeof entity.organisation !== 'undefined') {
          ret.organisation = toArray(entity.organisation.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.sectorCode !== 'undefined') {
        ret.sectorCode = entity.sectorCode;
      }
    
      if (typeof entity.postcode !== 'undefined') {
        ret.postcode = entity.postcode;
      }
    
      if (typeof entity.postcodeFull !== 'undefined') {
        ret.postcodeFull = entity.postcodeFull;
      }
    
      if (typeof entity.address !== 'undefined') {
        ret.address = entity.address;
      }
    
      if (typeof entity.underCao !== 'undefined') {
        ret.underCao = entity.underCao;
      }
    
      if (typeof entity.caoName !== 'undefined') {
        ret.caoName = entity.caoName;
      }
    
      if (typeof entity.hasSroiObligation !== 'undefined') {
        ret.hasSroiObligation = entity.hasSroiObligation;
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-employer_profile_22000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity EmployerProfile
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.organisation_id !== 'undefined') {
        ret.organisation = result.organisation_id;
        mapped.organisation_id = true;
      }
      if (typeof result.sector_code !== 'undefined') {
        ret.sectorCode = result.sector_code;
        mapped.sector_code = true;
      }
      if (typeof result.postcode !== 'undefined') {
        ret.postcode = result.postcode;
        mapped.postcode = true;
      }
      if (typeof result.postcode_full !== 'undefined') {
        ret.postcodeFull = result.postcode_full;
        mapped.postcode_full = true;
      }
      if (typeof result.address !== 'undefined') {
        ret.address = result.address;
        mapped.address = true;
      }
      if (typeof result.under_cao !== 'undefined') {
        ret.underCao = result.under_cao == null ? result.under_cao : !!result.under_cao;
        mapped.under_cao = true;
      }
      if (typeof result.cao_name !== 'undefined') {
        ret.caoName = result.cao_name;
        mapped.cao_name = true;
      }
      if (typeof result.has_sroi_obligation !== 'undefined') {
        ret.hasSroiObligation = result.has_sroi_obligation == null ? result.has_sroi_obligation : !!result.has_sroi_obligation;
        mapped.has_sroi_obligation = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-employer_profile_22000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity EmployerProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-employer_profile_22000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity EmployerProfile ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-employer_profile_22000': function(isEntityOrRef) {
    // compiled pk getter for entity EmployerProfile
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-employer_profile_22000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity EmployerProfile
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-employer_profile_22000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity EmployerProfile
    return function(entity) {
      const val_38 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_38);
    }
  },
  'hydrator-consent_record_21000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1063, job_seeker_1064, organisation_1066, organisation_1067, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity ConsentRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1063, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1064, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.purpose === null) {
        entity.purpose = null;
      } else if (typeof data.purpose !== 'undefined') {
        entity.purpose = data.purpose;
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_1066, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_1067, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.given === null) {
        entity.given = null;
      } else if (typeof data.given !== 'undefined') {
        entity.given = !!data.given;
      }
      if (data.textVersion === null) {
        entity.textVersion = null;
      } else if (typeof data.textVersion !== 'undefined') {
        entity.textVersion = data.textVersion;
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
    }
  },
  'hydrator-consent_record_21000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1073, job_seeker_1074, organisation_1076, organisation_1077, convertToJSValue_recordedByUserId, convertToDatabaseValue_recordedByUserId) {
    // compiled hydrator for entity ConsentRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1073, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1074, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.purpose === null) {
        entity.purpose = null;
      } else if (typeof data.purpose !== 'undefined') {
        entity.purpose = data.purpose;
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_1076, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_1077, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.given === null) {
        entity.given = null;
      } else if (typeof data.given !== 'undefined') {
        entity.given = !!data.given;
      }
      if (data.textVersion === null) {
        entity.textVersion = null;
      } else if (typeof data.textVersion !== 'undefined') {
        entity.textVersion = data.textVersion;
      }
      if (data.recordedAt === null) {
        entity.recordedAt = null;
      } else if (typeof data.recordedAt !== 'undefined') {
        if (data.recordedAt instanceof Date) {
          entity.recordedAt = data.recordedAt;
        } else if (typeof data.recordedAt === 'number' || data.recordedAt.includes('+') || data.recordedAt.lastIndexOf('-') > 10 || data.recordedAt.endsWith('Z')) {
          entity.recordedAt = new Date(data.recordedAt);
        } else {
          entity.recordedAt = new Date(data.recordedAt + 'Z');
        }
      }
      if (data.recordedByUserId === null) {
        entity.recordedByUserId = null;
      } else if (typeof data.recordedByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_recordedByUserId(data.recordedByUserId);
          entity.recordedByUserId = value;
        } else {
          entity.recordedByUserId = data.recordedByUserId;
        }
      }
    }
  },
  'comparator-consent_record_21000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ConsentRecord
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.purpose === null && last.purpose === undefined) {
        diff.purpose = current.purpose;
      } else if (current.purpose == null && last.purpose == null) {
    
      } else if ((current.purpose != null && last.purpose == null) || (current.purpose == null && last.purpose != null)) {
        diff.purpose = current.purpose;
      } else if (last.purpose !== current.purpose) {
        diff.purpose = current.purpose;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.given === null && last.given === undefined) {
        diff.given = current.given;
      } else if (current.given == null && last.given == null) {
    
      } else if ((current.given != null && last.given == null) || (current.given == null && last.given != null)) {
        diff.given = current.given;
      } else if (!compareBooleans(last.given, current.given)) {
        diff.given = current.given;
      }
    
      if (current.textVersion === null && last.textVersion === undefined) {
        diff.textVersion = current.textVersion;
      } else if (current.textVersion == null && last.textVersion == null) {
    
      } else if ((current.textVersion != null && last.textVersion == null) || (current.textVersion == null && last.textVersion != null)) {
        diff.textVersion = current.textVersion;
      } else if (last.textVersion !== current.textVersion) {
        diff.textVersion = current.textVersion;
      }
    
      if (current.recordedAt === null && last.recordedAt === undefined) {
        diff.recordedAt = current.recordedAt;
      } else if (current.recordedAt == null && last.recordedAt == null) {
    
      } else if ((current.recordedAt != null && last.recordedAt == null) || (current.recordedAt == null && last.recordedAt != null)) {
        diff.recordedAt = current.recordedAt;
      } else if (last.recordedAt.valueOf() !== current.recordedAt.valueOf()) {
        diff.recordedAt = current.recordedAt;
      }
    
      if (current.recordedByUserId === null && last.recordedByUserId === undefined) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (current.recordedByUserId == null && last.recordedByUserId == null) {
    
      } else if ((current.recordedByUserId != null && last.recordedByUserId == null) || (current.recordedByUserId == null && last.recordedByUserId != null)) {
        diff.recordedByUserId = current.recordedByUserId;
      } else if (last.recordedByUserId !== current.recordedByUserId) {
        diff.recordedByUserId = current.recordedByUserId;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-consent_record_21000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_recordedByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.purpose !== 'undefined') {
        ret.purpose = entity.purpose;
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.given !== 'undefined') {
        ret.given = entity.given;
      }
    
      if (typeof entity.textVersion !== 'undefined') {
        ret.textVersion = entity.textVersion;
      }
    
      if (typeof entity.recordedAt !== 'undefined') {
        ret.recordedAt = clone(processDateProperty(entity.recordedAt));
      }
    
      if (typeof entity.recordedByUserId !== 'undefined') {
        ret.recordedByUserId = convertToDatabaseValue_recordedByUserId(entity.recordedByUserId);
      }
    
      return ret;
    }
  },
  'resultMapper-consent_record_21000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ConsentRecord
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.purpose !== 'undefined') {
        ret.purpose = result.purpose;
        mapped.purpose = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.given !== 'undefined') {
        ret.given = result.given == null ? result.given : !!result.given;
        mapped.given = true;
      }
      if (typeof result.text_version !== 'undefined') {
        ret.textVersion = result.text_version;
        mapped.text_version = true;
      }
      if (typeof result.recorded_at !== 'undefined') {
        if (result.recorded_at == null || result.recorded_at instanceof Date) {
          ret.recordedAt = result.recorded_at;
        } else if (typeof result.recorded_at === 'bigint') {
          ret.recordedAt = parseDate(Number(result.recorded_at));
        } else if (typeof result.recorded_at === 'number' || result.recorded_at.includes('+') || result.recorded_at.lastIndexOf('-') > 10 || result.recorded_at.endsWith('Z')) {
          ret.recordedAt = parseDate(result.recorded_at);
        } else {
          ret.recordedAt = parseDate(result.recorded_at + 'Z');
        }
        mapped.recorded_at = true;
      }
      if (typeof result.recorded_by_user_id !== 'undefined') {
        ret.recordedByUserId = result.recorded_by_user_id;
        mapped.recorded_by_user_id = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-consent_record_21000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ConsentRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-consent_record_21000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ConsentRecord ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-consent_record_21000': function(isEntityOrRef) {
    // compiled pk getter for entity ConsentRecord
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-consent_record_21000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ConsentRecord
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-consent_record_21000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ConsentRecord
    return function(entity) {
      const val_39 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_39);
    }
  },
  'hydrator-candidate_pseudonym_28000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, vacancy_1085, vacancy_1086, job_seeker_1087, job_seeker_1088) {
    // compiled hydrator for entity CandidatePseudonym ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_1085, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_1086, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1087, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1088, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.code === null) {
        entity.code = null;
      } else if (typeof data.code !== 'undefined') {
        entity.code = data.code;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'hydrator-candidate_pseudonym_28000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, vacancy_1092, vacancy_1093, job_seeker_1094, job_seeker_1095) {
    // compiled hydrator for entity CandidatePseudonym ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_1092, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_1093, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1094, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1095, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.code === null) {
        entity.code = null;
      } else if (typeof data.code !== 'undefined') {
        entity.code = data.code;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
    }
  },
  'comparator-candidate_pseudonym_28000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity CandidatePseudonym
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.vacancy === null && last.vacancy === undefined) {
        diff.vacancy = current.vacancy;
      } else if (current.vacancy == null && last.vacancy == null) {
    
      } else if ((current.vacancy != null && last.vacancy == null) || (current.vacancy == null && last.vacancy != null)) {
        diff.vacancy = current.vacancy;
      } else if (last.vacancy !== current.vacancy) {
        diff.vacancy = current.vacancy;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.code === null && last.code === undefined) {
        diff.code = current.code;
      } else if (current.code == null && last.code == null) {
    
      } else if ((current.code != null && last.code == null) || (current.code == null && last.code != null)) {
        diff.code = current.code;
      } else if (last.code !== current.code) {
        diff.code = current.code;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-candidate_pseudonym_28000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.vacancy !== 'undefined') {
        if (entity.vacancy === null) {
          ret.vacancy = null;
        } else if (entity.vacancy?.__helper.__identifier && !entity.vacancy.__helper.hasPrimaryKey()) {
          ret.vacancy = entity.vacancy?.__helper.__identifier;
        } else if (typeof entity.vacancy !== 'undefined') {
          ret.vacancy = toArray(entity.vacancy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.code !== 'undefined') {
        ret.code = entity.code;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      return ret;
    }
  },
  'resultMapper-candidate_pseudonym_28000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity CandidatePseudonym
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.vacancy_id !== 'undefined') {
        ret.vacancy = result.vacancy_id;
        mapped.vacancy_id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.code !== 'undefined') {
        ret.code = result.code;
        mapped.code = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-candidate_pseudonym_28000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity CandidatePseudonym ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-candidate_pseudonym_28000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity CandidatePseudonym ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-candidate_pseudonym_28000': function(isEntityOrRef) {
    // compiled pk getter for entity CandidatePseudonym
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-candidate_pseudonym_28000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity CandidatePseudonym
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-candidate_pseudonym_28000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity CandidatePseudonym
    return function(entity) {
      const val_40 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_40);
    }
  },
  'hydrator-candidacy_transition_19000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, candidacy_1101, candidacy_1102, convertToJSValue_actorUserId, convertToDatabaseValue_actorUserId, convertToJSValue_actorOrganisationId, convertToDatabaseValue_actorOrganisationId) {
    // compiled hydrator for entity CandidacyTransition ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.candidacy === null) {
        entity.candidacy = null;
      } else if (typeof data.candidacy !== 'undefined') {
        if (isPrimaryKey(data.candidacy, true)) {
          entity.candidacy = factory.createReference(candidacy_1101, data.candidacy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.candidacy && typeof data.candidacy === 'object') {
          entity.candidacy = factory.create(candidacy_1102, data.candidacy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.fromStatus === null) {
        entity.fromStatus = null;
      } else if (typeof data.fromStatus !== 'undefined') {
        entity.fromStatus = data.fromStatus;
      }
      if (data.toStatus === null) {
        entity.toStatus = null;
      } else if (typeof data.toStatus !== 'undefined') {
        entity.toStatus = data.toStatus;
      }
      if (data.reasonCode === null) {
        entity.reasonCode = null;
      } else if (typeof data.reasonCode !== 'undefined') {
        entity.reasonCode = data.reasonCode;
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.mover === null) {
        entity.mover = null;
      } else if (typeof data.mover !== 'undefined') {
        entity.mover = data.mover;
      }
      if (data.actorUserId === null) {
        entity.actorUserId = null;
      } else if (typeof data.actorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorUserId(data.actorUserId);
          entity.actorUserId = value;
        } else {
          entity.actorUserId = data.actorUserId;
        }
      }
      if (data.actorOrganisationId === null) {
        entity.actorOrganisationId = null;
      } else if (typeof data.actorOrganisationId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorOrganisationId(data.actorOrganisationId);
          entity.actorOrganisationId = value;
        } else {
          entity.actorOrganisationId = data.actorOrganisationId;
        }
      }
      if (data.occurredAt === null) {
        entity.occurredAt = null;
      } else if (typeof data.occurredAt !== 'undefined') {
        if (data.occurredAt instanceof Date) {
          entity.occurredAt = data.occurredAt;
        } else if (typeof data.occurredAt === 'number' || data.occurredAt.includes('+') || data.occurredAt.lastIndexOf('-') > 10 || data.occurredAt.endsWith('Z')) {
          entity.occurredAt = new Date(data.occurredAt);
        } else {
          entity.occurredAt = new Date(data.occurredAt + 'Z');
        }
      }
    }
  },
  'hydrator-candidacy_transition_19000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, candidacy_1112, candidacy_1113, convertToJSValue_actorUserId, convertToDatabaseValue_actorUserId, convertToJSValue_actorOrganisationId, convertToDatabaseValue_actorOrganisationId) {
    // compiled hydrator for entity CandidacyTransition ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.candidacy === null) {
        entity.candidacy = null;
      } else if (typeof data.candidacy !== 'undefined') {
        if (isPrimaryKey(data.candidacy, true)) {
          entity.candidacy = factory.createReference(candidacy_1112, data.candidacy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.candidacy && typeof data.candidacy === 'object') {
          entity.candidacy = factory.create(candidacy_1113, data.candidacy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.fromStatus === null) {
        entity.fromStatus = null;
      } else if (typeof data.fromStatus !== 'undefined') {
        entity.fromStatus = data.fromStatus;
      }
      if (data.toStatus === null) {
        entity.toStatus = null;
      } else if (typeof data.toStatus !== 'undefined') {
        entity.toStatus = data.toStatus;
      }
      if (data.reasonCode === null) {
        entity.reasonCode = null;
      } else if (typeof data.reasonCode !== 'undefined') {
        entity.reasonCode = data.reasonCode;
      }
      if (data.note === null) {
        entity.note = null;
      } else if (typeof data.note !== 'undefined') {
        entity.note = data.note;
      }
      if (data.mover === null) {
        entity.mover = null;
      } else if (typeof data.mover !== 'undefined') {
        entity.mover = data.mover;
      }
      if (data.actorUserId === null) {
        entity.actorUserId = null;
      } else if (typeof data.actorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorUserId(data.actorUserId);
          entity.actorUserId = value;
        } else {
          entity.actorUserId = data.actorUserId;
        }
      }
      if (data.actorOrganisationId === null) {
        entity.actorOrganisationId = null;
      } else if (typeof data.actorOrganisationId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorOrganisationId(data.actorOrganisationId);
          entity.actorOrganisationId = value;
        } else {
          entity.actorOrganisationId = data.actorOrganisationId;
        }
      }
      if (data.occurredAt === null) {
        entity.occurredAt = null;
      } else if (typeof data.occurredAt !== 'undefined') {
        if (data.occurredAt instanceof Date) {
          entity.occurredAt = data.occurredAt;
        } else if (typeof data.occurredAt === 'number' || data.occurredAt.includes('+') || data.occurredAt.lastIndexOf('-') > 10 || data.occurredAt.endsWith('Z')) {
          entity.occurredAt = new Date(data.occurredAt);
        } else {
          entity.occurredAt = new Date(data.occurredAt + 'Z');
        }
      }
    }
  },
  'comparator-candidacy_transition_19000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity CandidacyTransition
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.candidacy === null && last.candidacy === undefined) {
        diff.candidacy = current.candidacy;
      } else if (current.candidacy == null && last.candidacy == null) {
    
      } else if ((current.candidacy != null && last.candidacy == null) || (current.candidacy == null && last.candidacy != null)) {
        diff.candidacy = current.candidacy;
      } else if (last.candidacy !== current.candidacy) {
        diff.candidacy = current.candidacy;
      }
    
      if (current.fromStatus === null && last.fromStatus === undefined) {
        diff.fromStatus = current.fromStatus;
      } else if (current.fromStatus == null && last.fromStatus == null) {
    
      } else if ((current.fromStatus != null && last.fromStatus == null) || (current.fromStatus == null && last.fromStatus != null)) {
        diff.fromStatus = current.fromStatus;
      } else if (last.fromStatus !== current.fromStatus) {
        diff.fromStatus = current.fromStatus;
      }
    
      if (current.toStatus === null && last.toStatus === undefined) {
        diff.toStatus = current.toStatus;
      } else if (current.toStatus == null && last.toStatus == null) {
    
      } else if ((current.toStatus != null && last.toStatus == null) || (current.toStatus == null && last.toStatus != null)) {
        diff.toStatus = current.toStatus;
      } else if (last.toStatus !== current.toStatus) {
        diff.toStatus = current.toStatus;
      }
    
      if (current.reasonCode === null && last.reasonCode === undefined) {
        diff.reasonCode = current.reasonCode;
      } else if (current.reasonCode == null && last.reasonCode == null) {
    
      } else if ((current.reasonCode != null && last.reasonCode == null) || (current.reasonCode == null && last.reasonCode != null)) {
        diff.reasonCode = current.reasonCode;
      } else if (last.reasonCode !== current.reasonCode) {
        diff.reasonCode = current.reasonCode;
      }
    
      if (current.note === null && last.note === undefined) {
        diff.note = current.note;
      } else if (current.note == null && last.note == null) {
    
      } else if ((current.note != null && last.note == null) || (current.note == null && last.note != null)) {
        diff.note = current.note;
      } else if (!equals(last.note, current.note)) {
        diff.note = current.note;
      }
    
      if (current.mover === null && last.mover === undefined) {
        diff.mover = current.mover;
      } else if (current.mover == null && last.mover == null) {
    
      } else if ((current.mover != null && last.mover == null) || (current.mover == null && last.mover != null)) {
        diff.mover = current.mover;
      } else if (last.mover !== current.mover) {
        diff.mover = current.mover;
      }
    
      if (current.actorUserId === null && last.actorUserId === undefined) {
        diff.actorUserId = current.actorUserId;
      } else if (current.actorUserId == null && last.actorUserId == null) {
    
      } else if ((current.actorUserId != null && last.actorUserId == null) || (current.actorUserId == null && last.actorUserId != null)) {
        diff.actorUserId = current.actorUserId;
      } else if (last.actorUserId !== current.actorUserId) {
        diff.actorUserId = current.actorUserId;
      }
    
      if (current.actorOrganisationId === null && last.actorOrganisationId === undefined) {
        diff.actorOrganisationId = current.actorOrganisationId;
      } else if (current.actorOrganisationId == null && last.actorOrganisationId == null) {
    
      } else if ((current.actorOrganisationId != null && last.actorOrganisationId == null) || (current.actorOrganisationId == null && last.actorOrganisationId != null)) {
        diff.actorOrganisationId = current.actorOrganisationId;
      } else if (last.actorOrganisationId !== current.actorOrganisationId) {
        diff.actorOrganisationId = current.actorOrganisationId;
      }
    
      if (current.occurredAt === null && last.occurredAt === undefined) {
        diff.occurredAt = current.occurredAt;
      } else if (current.occurredAt == null && last.occurredAt == null) {
    
      } else if ((current.occurredAt != null && last.occurredAt == null) || (current.occurredAt == null && last.occurredAt != null)) {
        diff.occurredAt = current.occurredAt;
      } else if (last.occurredAt.valueOf() !== current.occurredAt.valueOf()) {
        diff.occurredAt = current.occurredAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-candidacy_transition_19000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_actorUserId, convertToDatabaseValue_actorOrganisationId, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.candidacy !== 'undefined') {
        if (entity.candidacy === null) {
          ret.candidacy = null;
        } else if (entity.candidacy?.__helper.__identifier && !entity.candidacy.__helper.hasPrimaryKey()) {
          ret.candidacy = entity.candidacy?.__helper.__identifier;
        } else if (typeof entity.candidacy !== 'undefined') {
          ret.candidacy = toArray(entity.candidacy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.fromStatus !== 'undefined') {
        ret.fromStatus = entity.fromStatus;
      }
    
      if (typeof entity.toStatus !== 'undefined') {
        ret.toStatus = entity.toStatus;
      }
    
      if (typeof entity.reasonCode !== 'undefined') {
        ret.reasonCode = entity.reasonCode;
      }
    
      if (typeof entity.note !== 'undefined') {
        ret.note = clone(entity.note);
      }
    
      if (typeof entity.mover !== 'undefined') {
        ret.mover = entity.mover;
      }
    
      if (typeof entity.actorUserId !== 'undefined') {
        ret.actorUserId = convertToDatabaseValue_actorUserId(entity.actorUserId);
      }
    
      if (typeof entity.actorOrganisationId !== 'undefined') {
        ret.actorOrganisationId = convertToDatabaseValue_actorOrganisationId(entity.actorOrganisationId);
      }
    
      if (typeof entity.occurredAt !== 'undefined') {
        ret.occurredAt = clone(processDateProperty(entity.occurredAt));
      }
    
      return ret;
    }
  },
  'resultMapper-candidacy_transition_19000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity CandidacyTransition
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.candidacy_id !== 'undefined') {
        ret.candidacy = result.candidacy_id;
        mapped.candidacy_id = true;
      }
      if (typeof result.from_status !== 'undefined') {
        ret.fromStatus = result.from_status;
        mapped.from_status = true;
      }
      if (typeof result.to_status !== 'undefined') {
        ret.toStatus = result.to_status;
        mapped.to_status = true;
      }
      if (typeof result.reason_code !== 'undefined') {
        ret.reasonCode = result.reason_code;
        mapped.reason_code = true;
      }
      if (typeof result.note !== 'undefined') {
        ret.note = result.note;
        mapped.note = true;
      }
      if (typeof result.mover !== 'undefined') {
        ret.mover = result.mover;
        mapped.mover = true;
      }
      if (typeof result.actor_user_id !== 'undefined') {
        ret.actorUserId = result.actor_user_id;
        mapped.actor_user_id = true;
      }
      if (typeof result.actor_organisation_id !== 'undefined') {
        ret.actorOrganisationId = result.actor_organisation_id;
        mapped.actor_organisation_id = true;
      }
      if (typeof result.occurred_at !== 'undefined') {
        if (result.occurred_at == null || result.occurred_at instanceof Date) {
          ret.occurredAt = result.occurred_at;
        } else if (typeof result.occurred_at === 'bigint') {
          ret.occurredAt = parseDate(Number(result.occurred_at));
        } else if (typeof result.occurred_at === 'number' || result.occurred_at.includes('+') || result.occurred_at.lastIndexOf('-') > 10 || result.occurred_at.endsWith('Z')) {
          ret.occurredAt = parseDate(result.occurred_at);
        } else {
          ret.occurredAt = parseDate(result.occurred_at + 'Z');
        }
        mapped.occurred_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-candidacy_transition_19000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity CandidacyTransition ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-candidacy_transition_19000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity CandidacyTransition ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-candidacy_transition_19000': function(isEntityOrRef) {
    // compiled pk getter for entity CandidacyTransition
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-candidacy_transition_19000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity CandidacyTransition
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-candidacy_transition_19000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity CandidacyTransition
    return function(entity) {
      const val_41 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_41);
    }
  },
  'hydrator-candidacy_18000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1125, job_seeker_1126, vacancy_1127, vacancy_1128, organisation_1129, organisation_1130, meet_and_greet_1131, meet_and_greet_1132) {
    // compiled hydrator for entity Candidacy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1125, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1126, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_1127, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_1128, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_1129, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_1130, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_1131, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_1132, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.reasonCode === null) {
        entity.reasonCode = null;
      } else if (typeof data.reasonCode !== 'undefined') {
        entity.reasonCode = data.reasonCode;
      }
      if (data.lastMovedAt === null) {
        entity.lastMovedAt = null;
      } else if (typeof data.lastMovedAt !== 'undefined') {
        if (data.lastMovedAt instanceof Date) {
          entity.lastMovedAt = data.lastMovedAt;
        } else if (typeof data.lastMovedAt === 'number' || data.lastMovedAt.includes('+') || data.lastMovedAt.lastIndexOf('-') > 10 || data.lastMovedAt.endsWith('Z')) {
          entity.lastMovedAt = new Date(data.lastMovedAt);
        } else {
          entity.lastMovedAt = new Date(data.lastMovedAt + 'Z');
        }
      }
      if (data.personAgreedAt === null) {
        entity.personAgreedAt = null;
      } else if (typeof data.personAgreedAt !== 'undefined') {
        if (data.personAgreedAt instanceof Date) {
          entity.personAgreedAt = data.personAgreedAt;
        } else if (typeof data.personAgreedAt === 'number' || data.personAgreedAt.includes('+') || data.personAgreedAt.lastIndexOf('-') > 10 || data.personAgreedAt.endsWith('Z')) {
          entity.personAgreedAt = new Date(data.personAgreedAt);
        } else {
          entity.personAgreedAt = new Date(data.personAgreedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-candidacy_18000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1141, job_seeker_1142, vacancy_1143, vacancy_1144, organisation_1145, organisation_1146, meet_and_greet_1147, meet_and_greet_1148) {
    // compiled hydrator for entity Candidacy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1141, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1142, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.vacancy === null) {
        entity.vacancy = null;
      } else if (typeof data.vacancy !== 'undefined') {
        if (isPrimaryKey(data.vacancy, true)) {
          entity.vacancy = factory.createReference(vacancy_1143, data.vacancy, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.vacancy && typeof data.vacancy === 'object') {
          entity.vacancy = factory.create(vacancy_1144, data.vacancy, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.employer === null) {
        entity.employer = null;
      } else if (typeof data.employer !== 'undefined') {
        if (isPrimaryKey(data.employer, true)) {
          entity.employer = factory.createReference(organisation_1145, data.employer, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.employer && typeof data.employer === 'object') {
          entity.employer = factory.create(organisation_1146, data.employer, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.meetAndGreet === null) {
        entity.meetAndGreet = null;
      } else if (typeof data.meetAndGreet !== 'undefined') {
        if (isPrimaryKey(data.meetAndGreet, true)) {
          entity.meetAndGreet = factory.createReference(meet_and_greet_1147, data.meetAndGreet, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.meetAndGreet && typeof data.meetAndGreet === 'object') {
          entity.meetAndGreet = factory.create(meet_and_greet_1148, data.meetAndGreet, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.reasonCode === null) {
        entity.reasonCode = null;
      } else if (typeof data.reasonCode !== 'undefined') {
        entity.reasonCode = data.reasonCode;
      }
      if (data.lastMovedAt === null) {
        entity.lastMovedAt = null;
      } else if (typeof data.lastMovedAt !== 'undefined') {
        if (data.lastMovedAt instanceof Date) {
          entity.lastMovedAt = data.lastMovedAt;
        } else if (typeof data.lastMovedAt === 'number' || data.lastMovedAt.includes('+') || data.lastMovedAt.lastIndexOf('-') > 10 || data.lastMovedAt.endsWith('Z')) {
          entity.lastMovedAt = new Date(data.lastMovedAt);
        } else {
          entity.lastMovedAt = new Date(data.lastMovedAt + 'Z');
        }
      }
      if (data.personAgreedAt === null) {
        entity.personAgreedAt = null;
      } else if (typeof data.personAgreedAt !== 'undefined') {
        if (data.personAgreedAt instanceof Date) {
          entity.personAgreedAt = data.personAgreedAt;
        } else if (typeof data.personAgreedAt === 'number' || data.personAgreedAt.includes('+') || data.personAgreedAt.lastIndexOf('-') > 10 || data.personAgreedAt.endsWith('Z')) {
          entity.personAgreedAt = new Date(data.personAgreedAt);
        } else {
          entity.personAgreedAt = new Date(data.personAgreedAt + 'Z');
        }
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-candidacy_18000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity Candidacy
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.vacancy === null && last.vacancy === undefined) {
        diff.vacancy = current.vacancy;
      } else if (current.vacancy == null && last.vacancy == null) {
    
      } else if ((current.vacancy != null && last.vacancy == null) || (current.vacancy == null && last.vacancy != null)) {
        diff.vacancy = current.vacancy;
      } else if (last.vacancy !== current.vacancy) {
        diff.vacancy = current.vacancy;
      }
    
      if (current.employer === null && last.employer === undefined) {
        diff.employer = current.employer;
      } else if (current.employer == null && last.employer == null) {
    
      } else if ((current.employer != null && last.employer == null) || (current.employer == null && last.employer != null)) {
        diff.employer = current.employer;
      } else if (last.employer !== current.employer) {
        diff.employer = current.employer;
      }
    
      if (current.meetAndGreet === null && last.meetAndGreet === undefined) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (current.meetAndGreet == null && last.meetAndGreet == null) {
    
      } else if ((current.meetAndGreet != null && last.meetAndGreet == null) || (current.meetAndGreet == null && last.meetAndGreet != null)) {
        diff.meetAndGreet = current.meetAndGreet;
      } else if (last.meetAndGreet !== current.meetAndGreet) {
        diff.meetAndGreet = current.meetAndGreet;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.reasonCode === null && last.reasonCode === undefined) {
        diff.reasonCode = current.reasonCode;
      } else if (current.reasonCode == null && last.reasonCode == null) {
    
      } else if ((current.reasonCode != null && last.reasonCode == null) || (current.reasonCode == null && last.reasonCode != null)) {
        diff.reasonCode = current.reasonCode;
      } else if (last.reasonCode !== current.reasonCode) {
        diff.reasonCode = current.reasonCode;
      }
    
      if (current.lastMovedAt === null && last.lastMovedAt === undefined) {
        diff.lastMovedAt = current.lastMovedAt;
      } else if (current.lastMovedAt == null && last.lastMovedAt == null) {
    
      } else if ((current.lastMovedAt != null && last.lastMovedAt == null) || (current.lastMovedAt == null && last.lastMovedAt != null)) {
        diff.lastMovedAt = current.lastMovedAt;
      } else if (last.lastMovedAt.valueOf() !== current.lastMovedAt.valueOf()) {
        diff.lastMovedAt = current.lastMovedAt;
      }
    
      if (current.personAgreedAt === null && last.personAgreedAt === undefined) {
        diff.personAgreedAt = current.personAgreedAt;
      } else if (current.personAgreedAt == null && last.personAgreedAt == null) {
    
      } else if ((current.personAgreedAt != null && last.personAgreedAt == null) || (current.personAgreedAt == null && last.personAgreedAt != null)) {
        diff.personAgreedAt = current.personAgreedAt;
      } else if (last.personAgreedAt.valueOf() !== current.personAgreedAt.valueOf()) {
        diff.personAgreedAt = current.personAgreedAt;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-candidacy_18000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.vacancy !== 'undefined') {
        if (entity.vacancy === null) {
          ret.vacancy = null;
        } else if (entity.vacancy?.__helper.__identifier && !entity.vacancy.__helper.hasPrimaryKey()) {
          ret.vacancy = entity.vacancy?.__helper.__identifier;
        } else if (typeof entity.vacancy !== 'undefined') {
          ret.vacancy = toArray(entity.vacancy.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.employer !== 'undefined') {
        if (entity.employer === null) {
          ret.employer = null;
        } else if (entity.employer?.__helper.__identifier && !entity.employer.__helper.hasPrimaryKey()) {
          ret.employer = entity.employer?.__helper.__identifier;
        } else if (typeof entity.employer !== 'undefined') {
          ret.employer = toArray(entity.employer.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.meetAndGreet !== 'undefined') {
        if (entity.meetAndGreet === null) {
          ret.meetAndGreet = null;
        } else if (entity.meetAndGreet?.__helper.__identifier && !entity.meetAndGreet.__helper.hasPrimaryKey()) {
          ret.meetAndGreet = entity.meetAndGreet?.__helper.__identifier;
        } else if (typeof entity.meetAndGreet !== 'undefined') {
          ret.meetAndGreet = toArray(entity.meetAndGreet.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.reasonCode !== 'undefined') {
        ret.reasonCode = entity.reasonCode;
      }
    
      if (typeof entity.lastMovedAt !== 'undefined') {
        ret.lastMovedAt = clone(processDateProperty(entity.lastMovedAt));
      }
    
      if (typeof entity.personAgreedAt !== 'undefined') {
        ret.personAgreedAt = clone(processDateProperty(entity.personAgreedAt));
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-candidacy_18000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity Candidacy
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.vacancy_id !== 'undefined') {
        ret.vacancy = result.vacancy_id;
        mapped.vacancy_id = true;
      }
      if (typeof result.employer_id !== 'undefined') {
        ret.employer = result.employer_id;
        mapped.employer_id = true;
      }
      if (typeof result.meet_and_greet_id !== 'undefined') {
        ret.meetAndGreet = result.meet_and_greet_id;
        mapped.meet_and_greet_id = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.reason_code !== 'undefined') {
        ret.reasonCode = result.reason_code;
        mapped.reason_code = true;
      }
      if (typeof result.last_moved_at !== 'undefined') {
        if (result.last_moved_at == null || result.last_moved_at instanceof Date) {
          ret.lastMovedAt = result.last_moved_at;
        } else if (typeof result.last_moved_at === 'bigint') {
          ret.lastMovedAt = parseDate(Number(result.last_moved_at));
        } else if (typeof result.last_moved_at === 'number' || result.last_moved_at.includes('+') || result.last_moved_at.lastIndexOf('-') > 10 || result.last_moved_at.endsWith('Z')) {
          ret.lastMovedAt = parseDate(result.last_moved_at);
        } else {
          ret.lastMovedAt = parseDate(result.last_moved_at + 'Z');
        }
        mapped.last_moved_at = true;
      }
      if (typeof result.person_agreed_at !== 'undefined') {
        if (result.person_agreed_at == null || result.person_agreed_at instanceof Date) {
          ret.personAgreedAt = result.person_agreed_at;
        } else if (typeof result.person_agreed_at === 'bigint') {
          ret.personAgreedAt = parseDate(Number(result.person_agreed_at));
        } else if (typeof result.person_agreed_at === 'number' || result.person_agreed_at.includes('+') || result.person_agreed_at.lastIndexOf('-') > 10 || result.person_agreed_at.endsWith('Z')) {
          ret.personAgreedAt = parseDate(result.person_agreed_at);
        } else {
          ret.personAgreedAt = parseDate(result.person_agreed_at + 'Z');
        }
        mapped.person_agreed_at = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-candidacy_18000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Candidacy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-candidacy_18000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Candidacy ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-candidacy_18000': function(isEntityOrRef) {
    // compiled pk getter for entity Candidacy
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-candidacy_18000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity Candidacy
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-candidacy_18000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity Candidacy
    return function(entity) {
      const val_42 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_42);
    }
  },
  'hydrator-audit_entry_7000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_actorUserId, convertToDatabaseValue_actorUserId, convertToJSValue_actorOrganisationId, convertToDatabaseValue_actorOrganisationId, convertToJSValue_subjectId, convertToDatabaseValue_subjectId, convertToJSValue_fields, convertToDatabaseValue_fields) {
    // compiled hydrator for entity AuditEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.occurredAt === null) {
        entity.occurredAt = null;
      } else if (typeof data.occurredAt !== 'undefined') {
        if (data.occurredAt instanceof Date) {
          entity.occurredAt = data.occurredAt;
        } else if (typeof data.occurredAt === 'number' || data.occurredAt.includes('+') || data.occurredAt.lastIndexOf('-') > 10 || data.occurredAt.endsWith('Z')) {
          entity.occurredAt = new Date(data.occurredAt);
        } else {
          entity.occurredAt = new Date(data.occurredAt + 'Z');
        }
      }
      if (data.actorUserId === null) {
        entity.actorUserId = null;
      } else if (typeof data.actorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorUserId(data.actorUserId);
          entity.actorUserId = value;
        } else {
          entity.actorUserId = data.actorUserId;
        }
      }
      if (data.actorOrganisationId === null) {
        entity.actorOrganisationId = null;
      } else if (typeof data.actorOrganisationId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorOrganisationId(data.actorOrganisationId);
          entity.actorOrganisationId = value;
        } else {
          entity.actorOrganisationId = data.actorOrganisationId;
        }
      }
      if (data.actorRole === null) {
        entity.actorRole = null;
      } else if (typeof data.actorRole !== 'undefined') {
        entity.actorRole = data.actorRole;
      }
      if (data.action === null) {
        entity.action = null;
      } else if (typeof data.action !== 'undefined') {
        entity.action = data.action;
      }
      if (data.entityType === null) {
        entity.entityType = null;
      } else if (typeof data.entityType !== 'undefined') {
        entity.entityType = data.entityType;
      }
      if (data.entityId === null) {
        entity.entityId = null;
      } else if (typeof data.entityId !== 'undefined') {
        entity.entityId = data.entityId;
      }
      if (data.requestId === null) {
        entity.requestId = null;
      } else if (typeof data.requestId !== 'undefined') {
        entity.requestId = data.requestId;
      }
      if (data.subjectId === null) {
        entity.subjectId = null;
      } else if (typeof data.subjectId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_subjectId(data.subjectId);
          entity.subjectId = value;
        } else {
          entity.subjectId = data.subjectId;
        }
      }
      if (data.fields === null) {
        entity.fields = null;
      } else if (typeof data.fields !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_fields(data.fields);
          data.fields = convertToDatabaseValue_fields(value);
          entity.fields = value;
        } else {
          entity.fields = data.fields;
        }
      }
    }
  },
  'hydrator-audit_entry_7000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, convertToJSValue_actorUserId, convertToDatabaseValue_actorUserId, convertToJSValue_actorOrganisationId, convertToDatabaseValue_actorOrganisationId, convertToJSValue_subjectId, convertToDatabaseValue_subjectId, convertToJSValue_fields, convertToDatabaseValue_fields) {
    // compiled hydrator for entity AuditEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.occurredAt === null) {
        entity.occurredAt = null;
      } else if (typeof data.occurredAt !== 'undefined') {
        if (data.occurredAt instanceof Date) {
          entity.occurredAt = data.occurredAt;
        } else if (typeof data.occurredAt === 'number' || data.occurredAt.includes('+') || data.occurredAt.lastIndexOf('-') > 10 || data.occurredAt.endsWith('Z')) {
          entity.occurredAt = new Date(data.occurredAt);
        } else {
          entity.occurredAt = new Date(data.occurredAt + 'Z');
        }
      }
      if (data.actorUserId === null) {
        entity.actorUserId = null;
      } else if (typeof data.actorUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorUserId(data.actorUserId);
          entity.actorUserId = value;
        } else {
          entity.actorUserId = data.actorUserId;
        }
      }
      if (data.actorOrganisationId === null) {
        entity.actorOrganisationId = null;
      } else if (typeof data.actorOrganisationId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_actorOrganisationId(data.actorOrganisationId);
          entity.actorOrganisationId = value;
        } else {
          entity.actorOrganisationId = data.actorOrganisationId;
        }
      }
      if (data.actorRole === null) {
        entity.actorRole = null;
      } else if (typeof data.actorRole !== 'undefined') {
        entity.actorRole = data.actorRole;
      }
      if (data.action === null) {
        entity.action = null;
      } else if (typeof data.action !== 'undefined') {
        entity.action = data.action;
      }
      if (data.entityType === null) {
        entity.entityType = null;
      } else if (typeof data.entityType !== 'undefined') {
        entity.entityType = data.entityType;
      }
      if (data.entityId === null) {
        entity.entityId = null;
      } else if (typeof data.entityId !== 'undefined') {
        entity.entityId = data.entityId;
      }
      if (data.requestId === null) {
        entity.requestId = null;
      } else if (typeof data.requestId !== 'undefined') {
        entity.requestId = data.requestId;
      }
      if (data.subjectId === null) {
        entity.subjectId = null;
      } else if (typeof data.subjectId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_subjectId(data.subjectId);
          entity.subjectId = value;
        } else {
          entity.subjectId = data.subjectId;
        }
      }
      if (data.fields === null) {
        entity.fields = null;
      } else if (typeof data.fields !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_fields(data.fields);
          data.fields = convertToDatabaseValue_fields(value);
          entity.fields = value;
        } else {
          entity.fields = data.fields;
        }
      }
    }
  },
  'comparator-audit_entry_7000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals, compareValues_43) {
    // compiled comparator for entity AuditEntry
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (!compareValues_43(last.id, current.id)) {
        diff.id = current.id;
      }
    
      if (current.occurredAt === null && last.occurredAt === undefined) {
        diff.occurredAt = current.occurredAt;
      } else if (current.occurredAt == null && last.occurredAt == null) {
    
      } else if ((current.occurredAt != null && last.occurredAt == null) || (current.occurredAt == null && last.occurredAt != null)) {
        diff.occurredAt = current.occurredAt;
      } else if (last.occurredAt.valueOf() !== current.occurredAt.valueOf()) {
        diff.occurredAt = current.occurredAt;
      }
    
      if (current.actorUserId === null && last.actorUserId === undefined) {
        diff.actorUserId = current.actorUserId;
      } else if (current.actorUserId == null && last.actorUserId == null) {
    
      } else if ((current.actorUserId != null && last.actorUserId == null) || (current.actorUserId == null && last.actorUserId != null)) {
        diff.actorUserId = current.actorUserId;
      } else if (last.actorUserId !== current.actorUserId) {
        diff.actorUserId = current.actorUserId;
      }
    
      if (current.actorOrganisationId === null && last.actorOrganisationId === undefined) {
        diff.actorOrganisationId = current.actorOrganisationId;
      } else if (current.actorOrganisationId == null && last.actorOrganisationId == null) {
    
      } else if ((current.actorOrganisationId != null && last.actorOrganisationId == null) || (current.actorOrganisationId == null && last.actorOrganisationId != null)) {
        diff.actorOrganisationId = current.actorOrganisationId;
      } else if (last.actorOrganisationId !== current.actorOrganisationId) {
        diff.actorOrganisationId = current.actorOrganisationId;
      }
    
      if (current.actorRole === null && last.actorRole === undefined) {
        diff.actorRole = current.actorRole;
      } else if (current.actorRole == null && last.actorRole == null) {
    
      } else if ((current.actorRole != null && last.actorRole == null) || (current.actorRole == null && last.actorRole != null)) {
        diff.actorRole = current.actorRole;
      } else if (last.actorRole !== current.actorRole) {
        diff.actorRole = current.actorRole;
      }
    
      if (current.action === null && last.action === undefined) {
        diff.action = current.action;
      } else if (current.action == null && last.action == null) {
    
      } else if ((current.action != null && last.action == null) || (current.action == null && last.action != null)) {
        diff.action = current.action;
      } else if (last.action !== current.action) {
        diff.action = current.action;
      }
    
      if (current.entityType === null && last.entityType === undefined) {
        diff.entityType = current.entityType;
      } else if (current.entityType == null && last.entityType == null) {
    
      } else if ((current.entityType != null && last.entityType == null) || (current.entityType == null && last.entityType != null)) {
        diff.entityType = current.entityType;
      } else if (last.entityType !== current.entityType) {
        diff.entityType = current.entityType;
      }
    
      if (current.entityId === null && last.entityId === undefined) {
        diff.entityId = current.entityId;
      } else if (current.entityId == null && last.entityId == null) {
    
      } else if ((current.entityId != null && last.entityId == null) || (current.entityId == null && last.entityId != null)) {
        diff.entityId = current.entityId;
      } else if (last.entityId !== current.entityId) {
        diff.entityId = current.entityId;
      }
    
      if (current.requestId === null && last.requestId === undefined) {
        diff.requestId = current.requestId;
      } else if (current.requestId == null && last.requestId == null) {
    
      } else if ((current.requestId != null && last.requestId == null) || (current.requestId == null && last.requestId != null)) {
        diff.requestId = current.requestId;
      } else if (last.requestId !== current.requestId) {
        diff.requestId = current.requestId;
      }
    
      if (current.subjectId === null && last.subjectId === undefined) {
        diff.subjectId = current.subjectId;
      } else if (current.subjectId == null && last.subjectId == null) {
    
      } else if ((current.subjectId != null && last.subjectId == null) || (current.subjectId == null && last.subjectId != null)) {
        diff.subjectId = current.subjectId;
      } else if (last.subjectId !== current.subjectId) {
        diff.subjectId = current.subjectId;
      }
    
      if (current.fields === null && last.fields === undefined) {
        diff.fields = current.fields;
      } else if (current.fields == null && last.fields == null) {
    
      } else if ((current.fields != null && last.fields == null) || (current.fields == null && last.fields != null)) {
        diff.fields = current.fields;
      } else if (!compareArrays(last.fields, current.fields)) {
        diff.fields = current.fields;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-audit_entry_7000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, processDateProperty, convertToDatabaseValue_actorUserId, convertToDatabaseValue_actorOrganisationId, convertToDatabaseValue_subjectId, convertToDatabaseValue_fields) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.occurredAt !== 'undefined') {
        ret.occurredAt = clone(processDateProperty(entity.occurredAt));
      }
    
      if (typeof entity.actorUserId !== 'undefined') {
        ret.actorUserId = convertToDatabaseValue_actorUserId(entity.actorUserId);
      }
    
      if (typeof entity.actorOrganisationId !== 'undefined') {
        ret.actorOrganisationId = convertToDatabaseValue_actorOrganisationId(entity.actorOrganisationId);
      }
    
      if (typeof entity.actorRole !== 'undefined') {
        ret.actorRole = entity.actorRole;
      }
    
      if (typeof entity.action !== 'undefined') {
        ret.action = entity.action;
      }
    
      if (typeof entity.entityType !== 'undefined') {
        ret.entityType = entity.entityType;
      }
    
      if (typeof entity.entityId !== 'undefined') {
        ret.entityId = entity.entityId;
      }
    
      if (typeof entity.requestId !== 'undefined') {
        ret.requestId = entity.requestId;
      }
    
      if (typeof entity.subjectId !== 'undefined') {
        ret.subjectId = convertToDatabaseValue_subjectId(entity.subjectId);
      }
    
      if (typeof entity.fields !== 'undefined') {
        ret.fields = clone(convertToDatabaseValue_fields(entity.fields));
      }
    
      return ret;
    }
  },
  'resultMapper-audit_entry_7000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity AuditEntry
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.occurred_at !== 'undefined') {
        if (result.occurred_at == null || result.occurred_at instanceof Date) {
          ret.occurredAt = result.occurred_at;
        } else if (typeof result.occurred_at === 'bigint') {
          ret.occurredAt = parseDate(Number(result.occurred_at));
        } else if (typeof result.occurred_at === 'number' || result.occurred_at.includes('+') || result.occurred_at.lastIndexOf('-') > 10 || result.occurred_at.endsWith('Z')) {
          ret.occurredAt = parseDate(result.occurred_at);
        } else {
          ret.occurredAt = parseDate(result.occurred_at + 'Z');
        }
        mapped.occurred_at = true;
      }
      if (typeof result.actor_user_id !== 'undefined') {
        ret.actorUserId = result.actor_user_id;
        mapped.actor_user_id = true;
      }
      if (typeof result.actor_organisation_id !== 'undefined') {
        ret.actorOrganisationId = result.actor_organisation_id;
        mapped.actor_organisation_id = true;
      }
      if (typeof result.actor_role !== 'undefined') {
        ret.actorRole = result.actor_role;
        mapped.actor_role = true;
      }
      if (typeof result.action !== 'undefined') {
        ret.action = result.action;
        mapped.action = true;
      }
      if (typeof result.entity_type !== 'undefined') {
        ret.entityType = result.entity_type;
        mapped.entity_type = true;
      }
      if (typeof result.entity_id !== 'undefined') {
        ret.entityId = result.entity_id;
        mapped.entity_id = true;
      }
      if (typeof result.request_id !== 'undefined') {
        ret.requestId = result.request_id;
        mapped.request_id = true;
      }
      if (typeof result.subject_id !== 'undefined') {
        ret.subjectId = result.subject_id;
        mapped.subject_id = true;
      }
      if (typeof result.fields !== 'undefined') {
        ret.fields = result.fields;
        mapped.fields = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-audit_entry_7000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity AuditEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-audit_entry_7000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity AuditEntry ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          data.id = convertToDatabaseValue_id(value);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-audit_entry_7000': function(isEntityOrRef) {
    // compiled pk getter for entity AuditEntry
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-audit_entry_7000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity AuditEntry
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-audit_entry_7000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity AuditEntry
    return function(entity) {
      const val_44 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_44);
    }
  },
  'hydrator-assessment_4000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1183, job_seeker_1184, convertToJSValue_lifecoachUserId, convertToDatabaseValue_lifecoachUserId, convertToJSValue_answers, convertToDatabaseValue_answers, convertToJSValue_evidence, convertToDatabaseValue_evidence) {
    // compiled hydrator for entity Assessment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1183, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1184, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoachUserId === null) {
        entity.lifecoachUserId = null;
      } else if (typeof data.lifecoachUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_lifecoachUserId(data.lifecoachUserId);
          entity.lifecoachUserId = value;
        } else {
          entity.lifecoachUserId = data.lifecoachUserId;
        }
      }
      if (data.instrumentVersion === null) {
        entity.instrumentVersion = null;
      } else if (typeof data.instrumentVersion !== 'undefined') {
        entity.instrumentVersion = data.instrumentVersion;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.answers === null) {
        entity.answers = null;
      } else if (typeof data.answers !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_answers(data.answers);
          data.answers = convertToDatabaseValue_answers(value);
          entity.answers = value;
        } else {
          entity.answers = data.answers;
        }
      }
      if (data.evidence === null) {
        entity.evidence = null;
      } else if (typeof data.evidence !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_evidence(data.evidence);
          data.evidence = convertToDatabaseValue_evidence(value);
          entity.evidence = value;
        } else {
          entity.evidence = data.evidence;
        }
      }
      if (data.redPhaseNote === null) {
        entity.redPhaseNote = null;
      } else if (typeof data.redPhaseNote !== 'undefined') {
        entity.redPhaseNote = data.redPhaseNote;
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.completedAt === null) {
        entity.completedAt = null;
      } else if (typeof data.completedAt !== 'undefined') {
        if (data.completedAt instanceof Date) {
          entity.completedAt = data.completedAt;
        } else if (typeof data.completedAt === 'number' || data.completedAt.includes('+') || data.completedAt.lastIndexOf('-') > 10 || data.completedAt.endsWith('Z')) {
          entity.completedAt = new Date(data.completedAt);
        } else {
          entity.completedAt = new Date(data.completedAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'hydrator-assessment_4000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, job_seeker_1196, job_seeker_1197, convertToJSValue_lifecoachUserId, convertToDatabaseValue_lifecoachUserId, convertToJSValue_answers, convertToDatabaseValue_answers, convertToJSValue_evidence, convertToDatabaseValue_evidence) {
    // compiled hydrator for entity Assessment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.jobSeeker === null) {
        entity.jobSeeker = null;
      } else if (typeof data.jobSeeker !== 'undefined') {
        if (isPrimaryKey(data.jobSeeker, true)) {
          entity.jobSeeker = factory.createReference(job_seeker_1196, data.jobSeeker, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.jobSeeker && typeof data.jobSeeker === 'object') {
          entity.jobSeeker = factory.create(job_seeker_1197, data.jobSeeker, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.lifecoachUserId === null) {
        entity.lifecoachUserId = null;
      } else if (typeof data.lifecoachUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_lifecoachUserId(data.lifecoachUserId);
          entity.lifecoachUserId = value;
        } else {
          entity.lifecoachUserId = data.lifecoachUserId;
        }
      }
      if (data.instrumentVersion === null) {
        entity.instrumentVersion = null;
      } else if (typeof data.instrumentVersion !== 'undefined') {
        entity.instrumentVersion = data.instrumentVersion;
      }
      if (data.status === null) {
        entity.status = null;
      } else if (typeof data.status !== 'undefined') {
        entity.status = data.status;
      }
      if (data.answers === null) {
        entity.answers = null;
      } else if (typeof data.answers !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_answers(data.answers);
          data.answers = convertToDatabaseValue_answers(value);
          entity.answers = value;
        } else {
          entity.answers = data.answers;
        }
      }
      if (data.evidence === null) {
        entity.evidence = null;
      } else if (typeof data.evidence !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_evidence(data.evidence);
          data.evidence = convertToDatabaseValue_evidence(value);
          entity.evidence = value;
        } else {
          entity.evidence = data.evidence;
        }
      }
      if (data.redPhaseNote === null) {
        entity.redPhaseNote = null;
      } else if (typeof data.redPhaseNote !== 'undefined') {
        entity.redPhaseNote = data.redPhaseNote;
      }
      if (data.startedAt === null) {
        entity.startedAt = null;
      } else if (typeof data.startedAt !== 'undefined') {
        if (data.startedAt instanceof Date) {
          entity.startedAt = data.startedAt;
        } else if (typeof data.startedAt === 'number' || data.startedAt.includes('+') || data.startedAt.lastIndexOf('-') > 10 || data.startedAt.endsWith('Z')) {
          entity.startedAt = new Date(data.startedAt);
        } else {
          entity.startedAt = new Date(data.startedAt + 'Z');
        }
      }
      if (data.completedAt === null) {
        entity.completedAt = null;
      } else if (typeof data.completedAt !== 'undefined') {
        if (data.completedAt instanceof Date) {
          entity.completedAt = data.completedAt;
        } else if (typeof data.completedAt === 'number' || data.completedAt.includes('+') || data.completedAt.lastIndexOf('-') > 10 || data.completedAt.endsWith('Z')) {
          entity.completedAt = new Date(data.completedAt);
        } else {
          entity.completedAt = new Date(data.completedAt + 'Z');
        }
      }
      if (data.updatedAt === null) {
        entity.updatedAt = null;
      } else if (typeof data.updatedAt !== 'undefined') {
        if (data.updatedAt instanceof Date) {
          entity.updatedAt = data.updatedAt;
        } else if (typeof data.updatedAt === 'number' || data.updatedAt.includes('+') || data.updatedAt.lastIndexOf('-') > 10 || data.updatedAt.endsWith('Z')) {
          entity.updatedAt = new Date(data.updatedAt);
        } else {
          entity.updatedAt = new Date(data.updatedAt + 'Z');
        }
      }
      if (data.version === null) {
        entity.version = null;
      } else if (typeof data.version !== 'undefined') {
        entity.version = data.version;
      }
    }
  },
  'comparator-assessment_4000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity Assessment
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.jobSeeker === null && last.jobSeeker === undefined) {
        diff.jobSeeker = current.jobSeeker;
      } else if (current.jobSeeker == null && last.jobSeeker == null) {
    
      } else if ((current.jobSeeker != null && last.jobSeeker == null) || (current.jobSeeker == null && last.jobSeeker != null)) {
        diff.jobSeeker = current.jobSeeker;
      } else if (last.jobSeeker !== current.jobSeeker) {
        diff.jobSeeker = current.jobSeeker;
      }
    
      if (current.lifecoachUserId === null && last.lifecoachUserId === undefined) {
        diff.lifecoachUserId = current.lifecoachUserId;
      } else if (current.lifecoachUserId == null && last.lifecoachUserId == null) {
    
      } else if ((current.lifecoachUserId != null && last.lifecoachUserId == null) || (current.lifecoachUserId == null && last.lifecoachUserId != null)) {
        diff.lifecoachUserId = current.lifecoachUserId;
      } else if (last.lifecoachUserId !== current.lifecoachUserId) {
        diff.lifecoachUserId = current.lifecoachUserId;
      }
    
      if (current.instrumentVersion === null && last.instrumentVersion === undefined) {
        diff.instrumentVersion = current.instrumentVersion;
      } else if (current.instrumentVersion == null && last.instrumentVersion == null) {
    
      } else if ((current.instrumentVersion != null && last.instrumentVersion == null) || (current.instrumentVersion == null && last.instrumentVersion != null)) {
        diff.instrumentVersion = current.instrumentVersion;
      } else if (!equals(last.instrumentVersion, current.instrumentVersion)) {
        diff.instrumentVersion = current.instrumentVersion;
      }
    
      if (current.status === null && last.status === undefined) {
        diff.status = current.status;
      } else if (current.status == null && last.status == null) {
    
      } else if ((current.status != null && last.status == null) || (current.status == null && last.status != null)) {
        diff.status = current.status;
      } else if (last.status !== current.status) {
        diff.status = current.status;
      }
    
      if (current.answers === null && last.answers === undefined) {
        diff.answers = current.answers;
      } else if (current.answers == null && last.answers == null) {
    
      } else if ((current.answers != null && last.answers == null) || (current.answers == null && last.answers != null)) {
        diff.answers = current.answers;
      } else if (!equals(last.answers, current.answers)) {
        diff.answers = current.answers;
      }
    
      if (current.evidence === null && last.evidence === undefined) {
        diff.evidence = current.evidence;
      } else if (current.evidence == null && last.evidence == null) {
    
      } else if ((current.evidence != null && last.evidence == null) || (current.evidence == null && last.evidence != null)) {
        diff.evidence = current.evidence;
      } else if (!equals(last.evidence, current.evidence)) {
        diff.evidence = current.evidence;
      }
    
      if (current.redPhaseNote === null && last.redPhaseNote === undefined) {
        diff.redPhaseNote = current.redPhaseNote;
      } else if (current.redPhaseNote == null && last.redPhaseNote == null) {
    
      } else if ((current.redPhaseNote != null && last.redPhaseNote == null) || (current.redPhaseNote == null && last.redPhaseNote != null)) {
        diff.redPhaseNote = current.redPhaseNote;
      } else if (!equals(last.redPhaseNote, current.redPhaseNote)) {
        diff.redPhaseNote = current.redPhaseNote;
      }
    
      if (current.startedAt === null && last.startedAt === undefined) {
        diff.startedAt = current.startedAt;
      } else if (current.startedAt == null && last.startedAt == null) {
    
      } else if ((current.startedAt != null && last.startedAt == null) || (current.startedAt == null && last.startedAt != null)) {
        diff.startedAt = current.startedAt;
      } else if (last.startedAt.valueOf() !== current.startedAt.valueOf()) {
        diff.startedAt = current.startedAt;
      }
    
      if (current.completedAt === null && last.completedAt === undefined) {
        diff.completedAt = current.completedAt;
      } else if (current.completedAt == null && last.completedAt == null) {
    
      } else if ((current.completedAt != null && last.completedAt == null) || (current.completedAt == null && last.completedAt != null)) {
        diff.completedAt = current.completedAt;
      } else if (last.completedAt.valueOf() !== current.completedAt.valueOf()) {
        diff.completedAt = current.completedAt;
      }
    
      if (current.updatedAt === null && last.updatedAt === undefined) {
        diff.updatedAt = current.updatedAt;
      } else if (current.updatedAt == null && last.updatedAt == null) {
    
      } else if ((current.updatedAt != null && last.updatedAt == null) || (current.updatedAt == null && last.updatedAt != null)) {
        diff.updatedAt = current.updatedAt;
      } else if (last.updatedAt.valueOf() !== current.updatedAt.valueOf()) {
        diff.updatedAt = current.updatedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-assessment_4000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, convertToDatabaseValue_lifecoachUserId, convertToDatabaseValue_answers, convertToDatabaseValue_evidence, processDateProperty) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.jobSeeker !== 'undefined') {
        if (entity.jobSeeker === null) {
          ret.jobSeeker = null;
        } else if (entity.jobSeeker?.__helper.__identifier && !entity.jobSeeker.__helper.hasPrimaryKey()) {
          ret.jobSeeker = entity.jobSeeker?.__helper.__identifier;
        } else if (typeof entity.jobSeeker !== 'undefined') {
          ret.jobSeeker = toArray(entity.jobSeeker.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.lifecoachUserId !== 'undefined') {
        ret.lifecoachUserId = convertToDatabaseValue_lifecoachUserId(entity.lifecoachUserId);
      }
    
      if (typeof entity.instrumentVersion !== 'undefined') {
        ret.instrumentVersion = clone(entity.instrumentVersion);
      }
    
      if (typeof entity.status !== 'undefined') {
        ret.status = entity.status;
      }
    
      if (typeof entity.answers !== 'undefined') {
        ret.answers = clone(convertToDatabaseValue_answers(entity.answers));
      }
    
      if (typeof entity.evidence !== 'undefined') {
        ret.evidence = clone(convertToDatabaseValue_evidence(entity.evidence));
      }
    
      if (typeof entity.redPhaseNote !== 'undefined') {
        ret.redPhaseNote = clone(entity.redPhaseNote);
      }
    
      if (typeof entity.startedAt !== 'undefined') {
        ret.startedAt = clone(processDateProperty(entity.startedAt));
      }
    
      if (typeof entity.completedAt !== 'undefined') {
        ret.completedAt = clone(processDateProperty(entity.completedAt));
      }
    
      if (typeof entity.updatedAt !== 'undefined') {
        ret.updatedAt = clone(processDateProperty(entity.updatedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-assessment_4000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity Assessment
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.job_seeker_id !== 'undefined') {
        ret.jobSeeker = result.job_seeker_id;
        mapped.job_seeker_id = true;
      }
      if (typeof result.lifecoach_user_id !== 'undefined') {
        ret.lifecoachUserId = result.lifecoach_user_id;
        mapped.lifecoach_user_id = true;
      }
      if (typeof result.instrument_version !== 'undefined') {
        ret.instrumentVersion = result.instrument_version;
        mapped.instrument_version = true;
      }
      if (typeof result.status !== 'undefined') {
        ret.status = result.status;
        mapped.status = true;
      }
      if (typeof result.answers !== 'undefined') {
        ret.answers = result.answers;
        mapped.answers = true;
      }
      if (typeof result.evidence !== 'undefined') {
        ret.evidence = result.evidence;
        mapped.evidence = true;
      }
      if (typeof result.red_phase_note !== 'undefined') {
        ret.redPhaseNote = result.red_phase_note;
        mapped.red_phase_note = true;
      }
      if (typeof result.started_at !== 'undefined') {
        if (result.started_at == null || result.started_at instanceof Date) {
          ret.startedAt = result.started_at;
        } else if (typeof result.started_at === 'bigint') {
          ret.startedAt = parseDate(Number(result.started_at));
        } else if (typeof result.started_at === 'number' || result.started_at.includes('+') || result.started_at.lastIndexOf('-') > 10 || result.started_at.endsWith('Z')) {
          ret.startedAt = parseDate(result.started_at);
        } else {
          ret.startedAt = parseDate(result.started_at + 'Z');
        }
        mapped.started_at = true;
      }
      if (typeof result.completed_at !== 'undefined') {
        if (result.completed_at == null || result.completed_at instanceof Date) {
          ret.completedAt = result.completed_at;
        } else if (typeof result.completed_at === 'bigint') {
          ret.completedAt = parseDate(Number(result.completed_at));
        } else if (typeof result.completed_at === 'number' || result.completed_at.includes('+') || result.completed_at.lastIndexOf('-') > 10 || result.completed_at.endsWith('Z')) {
          ret.completedAt = parseDate(result.completed_at);
        } else {
          ret.completedAt = parseDate(result.completed_at + 'Z');
        }
        mapped.completed_at = true;
      }
      if (typeof result.updated_at !== 'undefined') {
        if (result.updated_at == null || result.updated_at instanceof Date) {
          ret.updatedAt = result.updated_at;
        } else if (typeof result.updated_at === 'bigint') {
          ret.updatedAt = parseDate(Number(result.updated_at));
        } else if (typeof result.updated_at === 'number' || result.updated_at.includes('+') || result.updated_at.lastIndexOf('-') > 10 || result.updated_at.endsWith('Z')) {
          ret.updatedAt = parseDate(result.updated_at);
        } else {
          ret.updatedAt = parseDate(result.updated_at + 'Z');
        }
        mapped.updated_at = true;
      }
      if (typeof result.version !== 'undefined') {
        ret.version = result.version;
        mapped.version = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-assessment_4000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Assessment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-assessment_4000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity Assessment ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-assessment_4000': function(isEntityOrRef) {
    // compiled pk getter for entity Assessment
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-assessment_4000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity Assessment
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-assessment_4000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity Assessment
    return function(entity) {
      const val_45 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_45);
    }
  },
  'hydrator-api_token_8000-full-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_1211, app_user_1212, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity ApiToken ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_1211, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_1212, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.label === null) {
        entity.label = null;
      } else if (typeof data.label !== 'undefined') {
        entity.label = data.label;
      }
      if (data.prefix === null) {
        entity.prefix = null;
      } else if (typeof data.prefix !== 'undefined') {
        entity.prefix = data.prefix;
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.revokedAt === null) {
        entity.revokedAt = null;
      } else if (typeof data.revokedAt !== 'undefined') {
        if (data.revokedAt instanceof Date) {
          entity.revokedAt = data.revokedAt;
        } else if (typeof data.revokedAt === 'number' || data.revokedAt.includes('+') || data.revokedAt.lastIndexOf('-') > 10 || data.revokedAt.endsWith('Z')) {
          entity.revokedAt = new Date(data.revokedAt);
        } else {
          entity.revokedAt = new Date(data.revokedAt + 'Z');
        }
      }
    }
  },
  'hydrator-api_token_8000-full-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id, app_user_1221, app_user_1222, convertToJSValue_createdByUserId, convertToDatabaseValue_createdByUserId) {
    // compiled hydrator for entity ApiToken ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
      if (data.user === null) {
        entity.user = null;
      } else if (typeof data.user !== 'undefined') {
        if (isPrimaryKey(data.user, true)) {
          entity.user = factory.createReference(app_user_1221, data.user, { merge: true, convertCustomTypes, normalizeAccessors, schema });
        } else if (data.user && typeof data.user === 'object') {
          entity.user = factory.create(app_user_1222, data.user, { initialized: true, merge: true, newEntity, convertCustomTypes, normalizeAccessors, schema });
        }
      }
      if (data.label === null) {
        entity.label = null;
      } else if (typeof data.label !== 'undefined') {
        entity.label = data.label;
      }
      if (data.prefix === null) {
        entity.prefix = null;
      } else if (typeof data.prefix !== 'undefined') {
        entity.prefix = data.prefix;
      }
      if (data.secretHash === null) {
        entity.secretHash = null;
      } else if (typeof data.secretHash !== 'undefined') {
        entity.secretHash = data.secretHash;
      }
      if (data.createdAt === null) {
        entity.createdAt = null;
      } else if (typeof data.createdAt !== 'undefined') {
        if (data.createdAt instanceof Date) {
          entity.createdAt = data.createdAt;
        } else if (typeof data.createdAt === 'number' || data.createdAt.includes('+') || data.createdAt.lastIndexOf('-') > 10 || data.createdAt.endsWith('Z')) {
          entity.createdAt = new Date(data.createdAt);
        } else {
          entity.createdAt = new Date(data.createdAt + 'Z');
        }
      }
      if (data.createdByUserId === null) {
        entity.createdByUserId = null;
      } else if (typeof data.createdByUserId !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_createdByUserId(data.createdByUserId);
          entity.createdByUserId = value;
        } else {
          entity.createdByUserId = data.createdByUserId;
        }
      }
      if (data.expiresAt === null) {
        entity.expiresAt = null;
      } else if (typeof data.expiresAt !== 'undefined') {
        if (data.expiresAt instanceof Date) {
          entity.expiresAt = data.expiresAt;
        } else if (typeof data.expiresAt === 'number' || data.expiresAt.includes('+') || data.expiresAt.lastIndexOf('-') > 10 || data.expiresAt.endsWith('Z')) {
          entity.expiresAt = new Date(data.expiresAt);
        } else {
          entity.expiresAt = new Date(data.expiresAt + 'Z');
        }
      }
      if (data.revokedAt === null) {
        entity.revokedAt = null;
      } else if (typeof data.revokedAt !== 'undefined') {
        if (data.revokedAt instanceof Date) {
          entity.revokedAt = data.revokedAt;
        } else if (typeof data.revokedAt === 'number' || data.revokedAt.includes('+') || data.revokedAt.lastIndexOf('-') > 10 || data.revokedAt.endsWith('Z')) {
          entity.revokedAt = new Date(data.revokedAt);
        } else {
          entity.revokedAt = new Date(data.revokedAt + 'Z');
        }
      }
    }
  },
  'comparator-api_token_8000': function(compareArrays, compareBooleans, compareBuffers, compareObjects, equals) {
    // compiled comparator for entity ApiToken
    return function(last, current, options) {
      const diff = {};
      if (current.id === null && last.id === undefined) {
        diff.id = current.id;
      } else if (current.id == null && last.id == null) {
    
      } else if ((current.id != null && last.id == null) || (current.id == null && last.id != null)) {
        diff.id = current.id;
      } else if (last.id !== current.id) {
        diff.id = current.id;
      }
    
      if (current.user === null && last.user === undefined) {
        diff.user = current.user;
      } else if (current.user == null && last.user == null) {
    
      } else if ((current.user != null && last.user == null) || (current.user == null && last.user != null)) {
        diff.user = current.user;
      } else if (last.user !== current.user) {
        diff.user = current.user;
      }
    
      if (current.label === null && last.label === undefined) {
        diff.label = current.label;
      } else if (current.label == null && last.label == null) {
    
      } else if ((current.label != null && last.label == null) || (current.label == null && last.label != null)) {
        diff.label = current.label;
      } else if (last.label !== current.label) {
        diff.label = current.label;
      }
    
      if (current.prefix === null && last.prefix === undefined) {
        diff.prefix = current.prefix;
      } else if (current.prefix == null && last.prefix == null) {
    
      } else if ((current.prefix != null && last.prefix == null) || (current.prefix == null && last.prefix != null)) {
        diff.prefix = current.prefix;
      } else if (last.prefix !== current.prefix) {
        diff.prefix = current.prefix;
      }
    
      if (current.secretHash === null && last.secretHash === undefined) {
        diff.secretHash = current.secretHash;
      } else if (current.secretHash == null && last.secretHash == null) {
    
      } else if ((current.secretHash != null && last.secretHash == null) || (current.secretHash == null && last.secretHash != null)) {
        diff.secretHash = current.secretHash;
      } else if (last.secretHash !== current.secretHash) {
        diff.secretHash = current.secretHash;
      }
    
      if (current.createdAt === null && last.createdAt === undefined) {
        diff.createdAt = current.createdAt;
      } else if (current.createdAt == null && last.createdAt == null) {
    
      } else if ((current.createdAt != null && last.createdAt == null) || (current.createdAt == null && last.createdAt != null)) {
        diff.createdAt = current.createdAt;
      } else if (last.createdAt.valueOf() !== current.createdAt.valueOf()) {
        diff.createdAt = current.createdAt;
      }
    
      if (current.createdByUserId === null && last.createdByUserId === undefined) {
        diff.createdByUserId = current.createdByUserId;
      } else if (current.createdByUserId == null && last.createdByUserId == null) {
    
      } else if ((current.createdByUserId != null && last.createdByUserId == null) || (current.createdByUserId == null && last.createdByUserId != null)) {
        diff.createdByUserId = current.createdByUserId;
      } else if (last.createdByUserId !== current.createdByUserId) {
        diff.createdByUserId = current.createdByUserId;
      }
    
      if (current.expiresAt === null && last.expiresAt === undefined) {
        diff.expiresAt = current.expiresAt;
      } else if (current.expiresAt == null && last.expiresAt == null) {
    
      } else if ((current.expiresAt != null && last.expiresAt == null) || (current.expiresAt == null && last.expiresAt != null)) {
        diff.expiresAt = current.expiresAt;
      } else if (last.expiresAt.valueOf() !== current.expiresAt.valueOf()) {
        diff.expiresAt = current.expiresAt;
      }
    
      if (current.revokedAt === null && last.revokedAt === undefined) {
        diff.revokedAt = current.revokedAt;
      } else if (current.revokedAt == null && last.revokedAt == null) {
    
      } else if ((current.revokedAt != null && last.revokedAt == null) || (current.revokedAt == null && last.revokedAt != null)) {
        diff.revokedAt = current.revokedAt;
      } else if (last.revokedAt.valueOf() !== current.revokedAt.valueOf()) {
        diff.revokedAt = current.revokedAt;
      }
    
    if (options?.includeInverseSides) {
    }
      return diff;
    }
  },
  'snapshotGenerator-api_token_8000': function(clone, cloneEmbeddable, convertToDatabaseValue_id, toArray, EntityIdentifier, processDateProperty, convertToDatabaseValue_createdByUserId) {
    return function(entity) {
      const ret = {};
      if (typeof entity.id !== 'undefined') {
        ret.id = convertToDatabaseValue_id(entity.id);
      }
    
      if (typeof entity.user !== 'undefined') {
        if (entity.user === null) {
          ret.user = null;
        } else if (entity.user?.__helper.__identifier && !entity.user.__helper.hasPrimaryKey()) {
          ret.user = entity.user?.__helper.__identifier;
        } else if (typeof entity.user !== 'undefined') {
          ret.user = toArray(entity.user.__helper.getPrimaryKey(true));
        }
      }
    
      if (typeof entity.label !== 'undefined') {
        ret.label = entity.label;
      }
    
      if (typeof entity.prefix !== 'undefined') {
        ret.prefix = entity.prefix;
      }
    
      if (typeof entity.secretHash !== 'undefined') {
        ret.secretHash = entity.secretHash;
      }
    
      if (typeof entity.createdAt !== 'undefined') {
        ret.createdAt = clone(processDateProperty(entity.createdAt));
      }
    
      if (typeof entity.createdByUserId !== 'undefined') {
        ret.createdByUserId = convertToDatabaseValue_createdByUserId(entity.createdByUserId);
      }
    
      if (typeof entity.expiresAt !== 'undefined') {
        ret.expiresAt = clone(processDateProperty(entity.expiresAt));
      }
    
      if (typeof entity.revokedAt !== 'undefined') {
        ret.revokedAt = clone(processDateProperty(entity.revokedAt));
      }
    
      return ret;
    }
  },
  'resultMapper-api_token_8000': function(PolymorphicRef, parseDate) {
    // compiled mapper for entity ApiToken
    return function(result) {
      const ret = {};
      const mapped = {};
      if (typeof result.id !== 'undefined') {
        ret.id = result.id;
        mapped.id = true;
      }
      if (typeof result.user_id !== 'undefined') {
        ret.user = result.user_id;
        mapped.user_id = true;
      }
      if (typeof result.label !== 'undefined') {
        ret.label = result.label;
        mapped.label = true;
      }
      if (typeof result.prefix !== 'undefined') {
        ret.prefix = result.prefix;
        mapped.prefix = true;
      }
      if (typeof result.secret_hash !== 'undefined') {
        ret.secretHash = result.secret_hash;
        mapped.secret_hash = true;
      }
      if (typeof result.created_at !== 'undefined') {
        if (result.created_at == null || result.created_at instanceof Date) {
          ret.createdAt = result.created_at;
        } else if (typeof result.created_at === 'bigint') {
          ret.createdAt = parseDate(Number(result.created_at));
        } else if (typeof result.created_at === 'number' || result.created_at.includes('+') || result.created_at.lastIndexOf('-') > 10 || result.created_at.endsWith('Z')) {
          ret.createdAt = parseDate(result.created_at);
        } else {
          ret.createdAt = parseDate(result.created_at + 'Z');
        }
        mapped.created_at = true;
      }
      if (typeof result.created_by_user_id !== 'undefined') {
        ret.createdByUserId = result.created_by_user_id;
        mapped.created_by_user_id = true;
      }
      if (typeof result.expires_at !== 'undefined') {
        if (result.expires_at == null || result.expires_at instanceof Date) {
          ret.expiresAt = result.expires_at;
        } else if (typeof result.expires_at === 'bigint') {
          ret.expiresAt = parseDate(Number(result.expires_at));
        } else if (typeof result.expires_at === 'number' || result.expires_at.includes('+') || result.expires_at.lastIndexOf('-') > 10 || result.expires_at.endsWith('Z')) {
          ret.expiresAt = parseDate(result.expires_at);
        } else {
          ret.expiresAt = parseDate(result.expires_at + 'Z');
        }
        mapped.expires_at = true;
      }
      if (typeof result.revoked_at !== 'undefined') {
        if (result.revoked_at == null || result.revoked_at instanceof Date) {
          ret.revokedAt = result.revoked_at;
        } else if (typeof result.revoked_at === 'bigint') {
          ret.revokedAt = parseDate(Number(result.revoked_at));
        } else if (typeof result.revoked_at === 'number' || result.revoked_at.includes('+') || result.revoked_at.lastIndexOf('-') > 10 || result.revoked_at.endsWith('Z')) {
          ret.revokedAt = parseDate(result.revoked_at);
        } else {
          ret.revokedAt = parseDate(result.revoked_at + 'Z');
        }
        mapped.revoked_at = true;
      }
      for (let k in result) { if (Object.hasOwn(result, k) && !mapped[k] && ret[k] === undefined) ret[k] = result[k]; }
      return ret;
    }
  },
  'hydrator-api_token_8000-reference-false': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ApiToken ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'hydrator-api_token_8000-reference-true': function(isPrimaryKey, isEntity, isScalarReference, Collection, Reference, PolymorphicRef, ValidationError, convertToJSValue_id, convertToDatabaseValue_id) {
    // compiled hydrator for entity ApiToken ( normalized)
    return function(entity, data, factory, newEntity, convertCustomTypes, schema, parentSchema, normalizeAccessors) {
      if (data.id === null) {
        entity.id = null;
      } else if (typeof data.id !== 'undefined') {
        if (convertCustomTypes) {
          const value = convertToJSValue_id(data.id);
          entity.id = value;
        } else {
          entity.id = data.id;
        }
      }
    }
  },
  'pkGetter-api_token_8000': function(isEntityOrRef) {
    // compiled pk getter for entity ApiToken
    return function(entity) {
      return entity.id;
    }
  },
  'pkGetterConverted-api_token_8000': function(isEntityOrRef, convertToDatabaseValue_id) {
    // compiled pk getter (with converted custom types) for entity ApiToken
    return function(entity) {
      return convertToDatabaseValue_id(entity.id);
    }
  },
  'pkSerializer-api_token_8000': function(isEntityOrRef, getCompositeKeyValue, getPrimaryKeyHash, convertToDatabaseValue_id) {
    // compiled pk serializer for entity ApiToken
    return function(entity) {
      const val_46 = convertToDatabaseValue_id(entity.id);
      return getPrimaryKeyHash(val_46);
    }
  }
};

import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Person } from '../hierarchy/person.entity.js';
import { Document } from '../programmes/document.entity.js';
import { inputFields } from './input-fields.js';
import { fieldPath } from './parse-input.js';
import type { WriteUnit } from './write-unit.js';

/** A person in a list of an input: who, in which role, under which title. */
export interface ListedPerson<R extends string> {
  personId: number;
  role: R;
  roleLabel?: string;
}

/**
 * The lists of people and documents a record names (a meeting's participants, a team's members and
 * the documents of either), each looked up like any record a mutation names (NOT_FOUND, FORBIDDEN
 * at its position in the list).
 */
export const listedRecords = {
  /** Up to 200 document ids, none twice. */
  documentIds: z
    .array(inputFields.id, { error: 'must be a list of ids' })
    .max(200, { error: 'must list at most 200 documents' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not name a document twice' })
    .default([]),

  /**
   * The people of the list at `field`, in its order: at least one in the `lead` role
   * (NO_PARTICIPANTS), nobody twice (DUPLICATE_PERSON).
   */
  async people<R extends string>(w: WriteUnit, list: ListedPerson<R>[], lead: R, field: string): Promise<Person[]> {
    if (!list.some((p) => p.role === lead)) {
      throw new DomainError('NO_PARTICIPANTS', `The list needs someone in the role ${lead}.`, fieldPath(field));
    }
    const seen = new Set<number>();
    const people: Person[] = [];
    for (const [i, entry] of list.entries()) {
      const at = fieldPath(field, i, 'personId');
      if (seen.has(entry.personId)) throw new DomainError('DUPLICATE_PERSON', 'This person is listed twice.', at);
      seen.add(entry.personId);
      people.push(await w.find(Person, entry.personId, at));
    }
    return people;
  },

  /** The documents at `field`, in its order. */
  async documents(w: WriteUnit, ids: number[], field: string): Promise<Document[]> {
    const documents: Document[] = [];
    for (const [i, id] of ids.entries()) documents.push(await w.find(Document, id, fieldPath(field, i)));
    return documents;
  },
};

import { correctedRecord } from '../corrections/correction-fields.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { InspectionTeamMember } from './inspection-team-member.entity.js';
import { type FormInspectionTeamInput, inspectionTeamRules } from './inspection-team-rules.js';

/** Forms an inspection team with its members and documents; the analytics count it where it was formed. */
export class InspectionTeamService extends WriteService {
  async form(raw: FormInspectionTeamInput): Promise<InspectionTeam> {
    const input = parseInput(inspectionTeamRules.input, raw);
    return this.write(async (w) => {
      const replaces = await correctedRecord<InspectionTeam>(w, 'InspectionTeam', input);
      const { formedBy, programme, people, documents } = await inspectionTeamRules.check(w, input);
      const { name, formedOn } = input;
      const team = w.create(InspectionTeam, { name, formedBy, formedOn, programme, replaces });
      team.documents.set(documents);
      // Protocol order from 1, as the loaded world numbers it.
      for (const [i, entry] of input.members.entries()) {
        const [person, sortOrder] = [people[i], i + 1];
        w.create(InspectionTeamMember, { team, person, role: entry.role, roleLabel: entry.roleLabel, sortOrder });
      }
      return team;
    });
  }
}

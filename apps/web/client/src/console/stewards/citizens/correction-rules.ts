import { clean, otherNameList, type Changes, type FormValues } from './correction-form';
import {
  BLOOD_GROUPS,
  ETHNIC_CODES,
  FAMILY_RELATIONS,
  MARITAL_STATUSES,
  PROVINCE_CODES,
  SEXES,
  VITAL_STATUSES,
  isBirthRegistrationCode,
} from './reference-codes';

/** One field the API would refuse, with why (a key of the messages' `citizens.problem.*`). */
export interface Problem {
  field: string;
  code:
    | 'required'
    | 'tooLong'
    | 'controlCharacters'
    | 'invisibleCharacters'
    | 'notListed'
    | 'pattern'
    | 'notADate'
    | 'future'
    | 'dayNeedsMonth'
    | 'yearRange'
    | 'expiryBeforeIssue'
    | 'bothOrNone'
    | 'cannotClear'
    | 'pinOrName'
    | 'personalId'
    | 'self'
    | 'duplicateRelation'
    | 'tooMany'
    | 'beforeBirth';
  max?: number;
}

// The same invisible characters NameText refuses (libs/validation text.validators.ts).
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|(?! )\p{Zs}/u;
const CONTROL = /\p{Cc}/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** RegistryText / NameText: no broken Unicode or controls, not empty (unless allowed), at most `max`. */
function textRule(field: string, value: string, max: number, opts: { name?: boolean; allowEmpty?: boolean } = {}) {
  if (!value.isWellFormed() || CONTROL.test(value)) return { field, code: 'controlCharacters' } as const;
  if (!opts.allowEmpty && clean(value) === '') return { field, code: 'required' } as const;
  if (clean(value).length > max) return { field, code: 'tooLong', max } as const;
  if (opts.name && INVISIBLE.test(value)) return { field, code: 'invisibleCharacters' } as const;
  return null;
}

/** checkCalendarDate: a real YYYY-MM-DD, not after today unless the field may lie ahead. */
function dateRule(field: string, value: string, today: Date, mayBeFuture = false): Problem | null {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) return { field, code: 'notADate' };
  if (!mayBeFuture && date.getTime() > today.getTime()) return { field, code: 'future' };
  return null;
}

/** checkPartialDate and PartialDateInput: a year 1850–2200, a day needs a month, a real day, not ahead. */
function birthDateRule(values: FormValues, today: Date): Problem | null {
  const [y, m, d] = [values.birthYear, values.birthMonth, values.birthDay].map(clean);
  const whole = (text: string, min: number, max: number) => /^\d+$/.test(text) && +text >= min && +text <= max;
  if (!whole(y, 1850, 2200)) return { field: 'birthYear', code: 'yearRange' };
  if (m !== '' && !whole(m, 1, 12)) return { field: 'birthMonth', code: 'notADate' };
  if (d !== '' && !whole(d, 1, 31)) return { field: 'birthDay', code: 'notADate' };
  if (d !== '' && m === '') return { field: 'birthDay', code: 'dayNeedsMonth' };
  if (m !== '' && d !== '' && new Date(Date.UTC(+y, +m - 1, +d)).getUTCMonth() !== +m - 1)
    return { field: 'birthDay', code: 'notADate' };
  if (Date.UTC(+y, (m === '' ? 1 : +m) - 1, d === '' ? 1 : +d) > today.getTime())
    return { field: 'birthYear', code: 'future' };
  return null;
}

const listed = (field: string, value: string, codes: { has(code: string): boolean }) =>
  value === '' || codes.has(value) ? null : ({ field, code: 'notListed' } as const);

/**
 * The subgraph's rules (IdentityChangesInput, CitizenDetailsInput and checkDetails), checked on
 * the fields that change: a value the registry already holds is not the steward's to fix now.
 */
export function problemsOf(
  changes: Changes,
  values: FormValues,
  personalIdNumber: string,
  today = new Date(),
): Problem[] {
  const found: (Problem | null)[] = [];
  const { identity, details } = changes;
  if ('familyName' in identity) found.push(textRule('familyName', values.familyName, 100, { name: true }));
  if ('middleName' in identity)
    found.push(textRule('middleName', values.middleName, 100, { name: true, allowEmpty: true }));
  if ('givenName' in identity) found.push(textRule('givenName', values.givenName, 100, { name: true }));
  if ('sex' in identity)
    found.push(
      listed('sex', values.sex, new Set(SEXES)) ?? (values.sex ? null : { field: 'sex', code: 'cannotClear' }),
    );
  if ('birthDate' in identity) found.push(birthDateRule(values, today));
  if ('oldIdNumber' in identity)
    found.push(
      clean(values.oldIdNumber) === ''
        ? { field: 'oldIdNumber', code: 'cannotClear' }
        : /^\d{9}$/.test(clean(values.oldIdNumber))
          ? null
          : { field: 'oldIdNumber', code: 'pattern' },
    );
  for (const field of ['placeOfBirth', 'birthRegistrationPlace', 'placeOfOrigin'] as const)
    if (details[field]) found.push(textRule(field, values[field], 255, { name: true }));
  if (details.religion) found.push(textRule('religion', values.religion, 100));
  if ('ethnicityCode' in details) found.push(listed('ethnicityCode', values.ethnicityCode, ETHNIC_CODES));
  if ('bloodGroup' in details) found.push(listed('bloodGroup', values.bloodGroup, new Set(BLOOD_GROUPS)));
  if ('maritalStatus' in details) found.push(listed('maritalStatus', values.maritalStatus, new Set(MARITAL_STATUSES)));
  if (details.nationality && !/^[A-Z]{2}$/.test(details.nationality))
    found.push({ field: 'nationality', code: 'pattern' });
  if (details.phone && !/^\+?[0-9]{8,15}$/.test(details.phone)) found.push({ field: 'phone', code: 'pattern' });
  if (details.email && (details.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(details.email)))
    found.push({ field: 'email', code: 'pattern' });
  for (const kind of ['permanent', 'temporary', 'current'] as const) {
    const residence = details[`${kind}Residence`];
    if (!residence) continue;
    if (residence.provinceCode === '') found.push({ field: `${kind}Province`, code: 'bothOrNone' });
    else found.push(listed(`${kind}Province`, residence.provinceCode, PROVINCE_CODES));
    found.push(textRule(`${kind}Address`, values[`${kind}Address`], 255, { name: true }));
  }
  if (details.household) {
    if (!/^[A-Za-z0-9-]{1,20}$/.test(details.household.number))
      found.push({ field: 'householdNumber', code: 'pattern' });
    found.push(textRule('relationshipToHead', values.relationshipToHead, 50));
  }
  const card = details.identityCard;
  if (card) {
    found.push(dateRule('idCardIssueDate', card.issueDate, today));
    found.push(textRule('idCardIssuePlace', values.idCardIssuePlace, 255, { name: true }));
    if (card.expiryDate) {
      const expiry = dateRule('idCardExpiryDate', card.expiryDate, today, true);
      found.push(
        expiry ?? (card.expiryDate <= card.issueDate ? { field: 'idCardExpiryDate', code: 'expiryBeforeIssue' } : null),
      );
    }
  }
  if (details.otherNames) {
    const names = otherNameList(values.otherNames);
    if (names.length > 10) found.push({ field: 'otherNames', code: 'tooMany', max: 10 });
    names.forEach((name) => found.push(textRule('otherNames', name, 100, { name: true })));
  }
  if (details.familyLinks) found.push(...familyLinkProblems(changes, personalIdNumber));
  if (changes.vital) found.push(vitalProblem(changes.vital, values, today));
  return found.filter((problem): problem is Problem => problem !== null).filter(firstPerField);
}

/** requestVitalStatusChange: a listed status; a real, past date for deceased or missing, not before the birth. */
function vitalProblem(vital: NonNullable<Changes['vital']>, values: FormValues, today: Date): Problem | null {
  if (!(VITAL_STATUSES as readonly string[]).includes(vital.vitalStatus))
    return { field: 'vitalStatus', code: values.vitalStatus ? 'notListed' : 'cannotClear' };
  if (vital.vitalStatus === 'ALIVE') return null;
  if (!vital.date) return { field: 'vitalStatusDate', code: 'required' };
  const date = dateRule('vitalStatusDate', vital.date, today);
  if (date) return date;
  const pad = (text: string) => (clean(text) === '' ? '01' : clean(text).padStart(2, '0'));
  const born = `${clean(values.birthYear)}-${pad(values.birthMonth)}-${pad(values.birthDay)}`;
  return /^\d{4}-/.test(born) && vital.date < born ? { field: 'vitalStatusDate', code: 'beforeBirth' } : null;
}

function familyLinkProblems({ details }: Changes, personalIdNumber: string): (Problem | null)[] {
  const links = details.familyLinks ?? [];
  if (links.length > 30) return [{ field: 'familyLinks', code: 'tooMany', max: 30 }];
  const found: (Problem | null)[] = [];
  const counts = new Map<string, number>();
  links.forEach((link, i) => {
    const field = `familyLinks.${i}`;
    if (!(FAMILY_RELATIONS as readonly string[]).includes(link.relation)) found.push({ field, code: 'notListed' });
    if ((link.personalIdNumber ? 1 : 0) + (link.name ? 1 : 0) !== 1) found.push({ field, code: 'pinOrName' });
    const pin = link.personalIdNumber;
    if (pin && (!/^\d{12}$/.test(pin) || !isBirthRegistrationCode(pin.slice(0, 3))))
      found.push({ field, code: 'personalId' });
    if (pin === personalIdNumber) found.push({ field, code: 'self' });
    if (link.name) found.push(textRule(field, link.name, 300, { name: true }));
    if (link.nationality && !/^[A-Z]{2}$/.test(link.nationality)) found.push({ field, code: 'pattern' });
    counts.set(link.relation, (counts.get(link.relation) ?? 0) + 1);
  });
  for (const relation of ['FATHER', 'MOTHER', 'SPOUSE', 'LEGAL_REPRESENTATIVE'])
    if ((counts.get(relation) ?? 0) > 1) found.push({ field: 'familyLinks', code: 'duplicateRelation' });
  return found;
}

function firstPerField(problem: Problem, index: number, all: Problem[]): boolean {
  return all.findIndex((other) => other.field === problem.field) === index;
}

/** The reason every change carries: RegistryText(500), kept with the version or the request. */
export function reasonProblem(reason: string): Problem | null {
  return textRule('reason', reason, 500);
}

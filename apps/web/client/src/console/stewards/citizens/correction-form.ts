import type {
  CitizenRecord,
  DetailChanges,
  FamilyLink,
  IdentityChanges,
  MaritalStatus,
  Sex,
  VitalChange,
  VitalStatus,
} from './citizen-api';

export interface FamilyLinkRow {
  relation: string;
  personalIdNumber: string;
  name: string;
  nationality: string;
}

/** The correction form's values, as the inputs hold them (text); "" is "nothing held". */
export interface FormValues {
  familyName: string;
  middleName: string;
  givenName: string;
  sex: string;
  birthYear: string;
  birthMonth: string;
  birthDay: string;
  oldIdNumber: string;
  otherNames: string;
  placeOfBirth: string;
  birthRegistrationPlace: string;
  placeOfOrigin: string;
  ethnicityCode: string;
  religion: string;
  nationality: string;
  idCardIssueDate: string;
  idCardIssuePlace: string;
  idCardExpiryDate: string;
  permanentProvince: string;
  permanentAddress: string;
  temporaryProvince: string;
  temporaryAddress: string;
  currentProvince: string;
  currentAddress: string;
  householdNumber: string;
  relationshipToHead: string;
  maritalStatus: string;
  familyLinks: FamilyLinkRow[];
  phone: string;
  email: string;
  bloodGroup: string;
  vitalStatus: string;
  vitalStatusDate: string;
}

export type TextField = Exclude<keyof FormValues, 'familyLinks'>;

/** Identity fields: the API takes them only as a change request a second steward approves. */
export const IDENTITY_FIELDS: readonly TextField[] = [
  'familyName',
  'middleName',
  'givenName',
  'sex',
  'birthYear',
  'birthMonth',
  'birthDay',
  'oldIdNumber',
];

const str = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form filled with a version of the record: what the steward starts from. */
export function valuesFrom(record: CitizenRecord): FormValues {
  return {
    familyName: str(record.familyName),
    middleName: str(record.middleName),
    givenName: str(record.givenName),
    sex: str(record.sex),
    birthYear: str(record.birthDate?.year),
    birthMonth: str(record.birthDate?.month),
    birthDay: str(record.birthDate?.day),
    oldIdNumber: str(record.oldIdNumber),
    otherNames: (record.otherNames ?? []).join('\n'),
    placeOfBirth: str(record.placeOfBirth),
    birthRegistrationPlace: str(record.birthRegistrationPlace),
    placeOfOrigin: str(record.placeOfOrigin),
    ethnicityCode: str(record.ethnicity?.code),
    religion: str(record.religion),
    nationality: str(record.nationality),
    idCardIssueDate: str(record.identityCard?.issueDate),
    idCardIssuePlace: str(record.identityCard?.issuePlace),
    idCardExpiryDate: str(record.identityCard?.expiryDate),
    permanentProvince: str(record.permanentResidence?.provinceCode),
    permanentAddress: str(record.permanentResidence?.address),
    temporaryProvince: str(record.temporaryResidence?.provinceCode),
    temporaryAddress: str(record.temporaryResidence?.address),
    currentProvince: str(record.currentResidence?.provinceCode),
    currentAddress: str(record.currentResidence?.address),
    householdNumber: str(record.household?.number),
    relationshipToHead: str(record.household?.relationshipToHead),
    maritalStatus: str(record.maritalStatus),
    familyLinks: (record.familyLinks ?? []).map((link) => ({
      relation: link.relation,
      personalIdNumber: str(link.personalIdNumber),
      name: str(link.name),
      nationality: str(link.nationality),
    })),
    phone: str(record.phone),
    email: str(record.email),
    bloodGroup: str(record.bloodGroup),
    vitalStatus: str(record.vitalStatus),
    vitalStatusDate: str(record.vitalStatusDate),
  };
}

/** As the server keeps text: NFC, trimmed (RegistryText). */
export const clean = (value: string) => (value.isWellFormed() ? value.normalize('NFC').trim() : value);

const orNull = (value: string) => (clean(value) === '' ? null : clean(value));

export const otherNameList = (value: string) => value.split('\n').map(clean).filter(Boolean);

export const familyLinkList = (rows: FamilyLinkRow[]): FamilyLink[] =>
  rows.map((row) => ({
    relation: row.relation as FamilyLink['relation'],
    personalIdNumber: orNull(row.personalIdNumber),
    name: orNull(row.name),
    nationality: orNull(row.nationality)?.toUpperCase() ?? null,
  }));

export interface Changes {
  identity: IdentityChanges;
  details: DetailChanges;
  /** Set when the vital status or its date changes: requestVitalStatusChange, a second steward approves. */
  vital?: VitalChange;
}

const differs = (base: FormValues, edited: FormValues, ...fields: TextField[]) =>
  fields.some((field) => clean(base[field]) !== clean(edited[field]));

const pair = <A extends string, B extends string>(a: A, first: string, b: B, second: string) =>
  clean(first) === '' && clean(second) === ''
    ? null
    : ({ [a]: clean(first), [b]: clean(second) } as Record<A | B, string>);

/**
 * What the steward changed, as the mutations take it: identity fields for
 * requestIdentityCorrection, the vital status for requestVitalStatusChange, the rest for correctCitizen. Only fields that differ from the
 * version the edit started from; a group (a residence, the identity card) goes whole.
 */
export function changesFrom(base: FormValues, edited: FormValues): Changes {
  const identity: IdentityChanges = {};
  for (const field of ['familyName', 'middleName', 'givenName', 'oldIdNumber'] as const)
    if (differs(base, edited, field)) identity[field] = clean(edited[field]);
  if (differs(base, edited, 'sex')) identity.sex = edited.sex as Sex;
  if (differs(base, edited, 'birthYear', 'birthMonth', 'birthDay')) {
    const number = (value: string) => (clean(value) === '' ? null : Number(clean(value)));
    identity.birthDate = {
      year: Number(clean(edited.birthYear)),
      month: number(edited.birthMonth),
      day: number(edited.birthDay),
    };
  }
  const details: DetailChanges = {};
  for (const field of [
    'placeOfBirth',
    'birthRegistrationPlace',
    'placeOfOrigin',
    'ethnicityCode',
    'religion',
    'bloodGroup',
    'phone',
  ] as const)
    if (differs(base, edited, field)) details[field] = orNull(edited[field]);
  if (differs(base, edited, 'nationality')) details.nationality = orNull(edited.nationality)?.toUpperCase() ?? null;
  if (differs(base, edited, 'email')) details.email = orNull(edited.email);
  if (differs(base, edited, 'maritalStatus'))
    details.maritalStatus = orNull(edited.maritalStatus) as MaritalStatus | null;
  for (const kind of ['permanent', 'temporary', 'current'] as const) {
    const province = `${kind}Province` as const;
    const address = `${kind}Address` as const;
    if (differs(base, edited, province, address))
      details[`${kind}Residence`] = pair('provinceCode', edited[province], 'address', edited[address]);
  }
  if (differs(base, edited, 'householdNumber', 'relationshipToHead'))
    details.household = pair('number', edited.householdNumber, 'relationshipToHead', edited.relationshipToHead);
  if (differs(base, edited, 'idCardIssueDate', 'idCardIssuePlace', 'idCardExpiryDate')) {
    const none = [edited.idCardIssueDate, edited.idCardIssuePlace, edited.idCardExpiryDate].every(
      (v) => clean(v) === '',
    );
    details.identityCard = none
      ? null
      : {
          issueDate: clean(edited.idCardIssueDate),
          issuePlace: clean(edited.idCardIssuePlace),
          expiryDate: orNull(edited.idCardExpiryDate),
        };
  }
  if (otherNameList(base.otherNames).join('\n') !== otherNameList(edited.otherNames).join('\n')) {
    const names = otherNameList(edited.otherNames);
    details.otherNames = names.length ? names : null;
  }
  const links = familyLinkList(edited.familyLinks);
  if (JSON.stringify(familyLinkList(base.familyLinks)) !== JSON.stringify(links))
    details.familyLinks = links.length ? links : null;
  if (differs(base, edited, 'vitalStatus', 'vitalStatusDate')) {
    const alive = edited.vitalStatus === 'ALIVE';
    return {
      identity,
      details,
      vital: { vitalStatus: edited.vitalStatus as VitalStatus, date: alive ? null : orNull(edited.vitalStatusDate) },
    };
  }
  return { identity, details };
}

export const isEmpty = (changes: Changes) =>
  Object.keys(changes.identity).length === 0 && Object.keys(changes.details).length === 0 && !changes.vital;

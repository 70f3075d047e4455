import { centurySexDigit, LEGACY_PROVINCES, provinceSinceMerger, searchKey, type Sex } from '@app/identifiers';
import type { CitizenCsvRow } from '../../apps/population/src';
import {
  birthYearWeights,
  broadRegion,
  DEFAULT_KINH_SHARE,
  EMAIL_DOMAINS,
  KINH_SHARE,
  MIGRATION_DESTINATIONS,
  minorityMix,
  MOBILE_PREFIXES,
  PROVINCE_POPULATION,
  URBAN_PROVINCES,
} from './population-shares';
import { SeededRandom, WeightedChoice } from './prng';
import {
  ETHNIC_FAMILY_NAMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  PLACE_NAMES,
  SOUTHERN_FORMS,
  STREETS,
  TRADITIONAL_MIDDLE_NAME,
} from './vietnamese-names';

/** The year the synthetic population is seen from: ages, phones and e-mail depend on it. */
const REFERENCE_YEAR = 2026;
const SERIALS_PER_KEY = 1_000_000;
// Odd and not a multiple of 5, so coprime with 10^6: n ↦ n·STEP mod 10^6 is a bijection,
// which spreads consecutive serials over the whole range without ever repeating one.
const SERIAL_STEP = 738_917;

const PROVINCE_NAMES = new Map(LEGACY_PROVINCES.map((province) => [province.code, province.name]));

/**
 * Synthetic citizens that look like the registry's: Vietnamese names in NFC, a realistic
 * spread of family names, birth years, provinces and ethnic groups, and personal ID numbers
 * that agree with birth year, sex and province of birth registration. The same seed gives
 * the same rows, in the same order, on every machine; the first n rows do not depend on how
 * many are asked for. ID numbers are unique within one run (a counter per PPP+G+YY, spread
 * by a bijection), up to a million per province, century digit and year.
 */
export class CitizenGenerator {
  private readonly random: SeededRandom;
  private readonly serials = new Map<number, { next: number; offset: number }>();
  private readonly birthProvince = new WeightedChoice(Object.entries(PROVINCE_POPULATION));
  private readonly destination = new WeightedChoice(MIGRATION_DESTINATIONS);
  private readonly birthYear = new WeightedChoice(birthYearWeights());
  private readonly familyName = new WeightedChoice(FAMILY_NAMES);
  private readonly middleName = {
    male: new WeightedChoice(MIDDLE_NAMES.male),
    female: new WeightedChoice(MIDDLE_NAMES.female),
  };
  private readonly givenName = {
    male: new WeightedChoice(GIVEN_NAMES.male),
    female: new WeightedChoice(GIVEN_NAMES.female),
  };
  private readonly emailDomain = new WeightedChoice(EMAIL_DOMAINS);
  private readonly minorities = new Map<string, WeightedChoice<string>>();

  constructor(private readonly seed: string) {
    this.random = new SeededRandom(seed);
  }

  /** The next `count` citizens, one at a time, so that a caller never holds them all. */
  *citizens(count: number): Generator<CitizenCsvRow> {
    for (let i = 0; i < count; i++) yield this.next();
  }

  next(): CitizenCsvRow {
    const r = this.random;
    const province = this.birthProvince.draw(r);
    const year = this.birthYear.draw(r);
    const sex = this.sex(year);
    const [month, day] = this.monthAndDay(year);
    const ethnicityCode = this.ethnicity(province);
    const familyName = this.family(province, ethnicityCode);
    const middleName = this.middle(sex, year);
    const givenName = this.givenName[sex].draw(r);
    const residence = r.chance(0.72) ? province : this.destination.draw(r);
    const age = REFERENCE_YEAR - year;
    return {
      personal_id_number: this.personalIdNumber(province, year, sex),
      family_name: familyName,
      middle_name: middleName,
      given_name: givenName,
      sex,
      birth_year: String(year),
      birth_month: month === null ? '' : String(month),
      birth_day: day === null ? '' : String(day),
      place_of_birth: r.chance(0.95) ? (PROVINCE_NAMES.get(province) ?? '') : '',
      ethnicity_code: ethnicityCode,
      // Addresses captured since 1 Jul 2025 carry the new 2-digit province codes.
      permanent_province_code: r.chance(0.18) ? (provinceSinceMerger(residence) ?? residence) : residence,
      permanent_address: this.address(residence),
      phone: age >= 15 && r.chance(age >= 80 ? 0.4 : 0.9) ? this.phone() : '',
      email: age >= 15 && r.chance(age <= 45 ? 0.45 : 0.12) ? this.email(familyName, givenName, year) : '',
    };
  }

  private sex(year: number): Sex {
    // More women among the old (they live longer); more boys than girls born since 2005.
    const male = year < 1960 ? 0.44 : year >= 2005 ? 0.525 : 0.5;
    return this.random.chance(male) ? 'male' : 'female';
  }

  /** About 2% of births are known only to the year or the month, most of them long ago. */
  private monthAndDay(year: number): [number | null, number | null] {
    const r = this.random;
    const partial = r.chance(year < 1960 ? 0.08 : 0.012);
    const month = r.between(1, 12);
    if (partial) return r.chance(0.6) ? [null, null] : [month, null];
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [month, r.between(1, daysInMonth)];
  }

  private ethnicity(province: string): string {
    if (this.random.chance(KINH_SHARE[province] ?? DEFAULT_KINH_SHARE)) return '01';
    let choice = this.minorities.get(province);
    if (!choice) this.minorities.set(province, (choice = new WeightedChoice(minorityMix(province))));
    return choice.draw(this.random);
  }

  private family(province: string, ethnicityCode: string): string {
    const typical = ETHNIC_FAMILY_NAMES[ethnicityCode];
    // Many in minority groups carry a Kinh family name; most carry one typical of their group.
    if (typical && this.random.chance(0.8)) return this.random.pick(typical);
    const name = this.familyName.draw(this.random);
    const southern = SOUTHERN_FORMS[name];
    if (!southern) return name;
    const region = broadRegion(province);
    const southernShare = region === 'south' ? 0.85 : region === 'centre' ? 0.5 : 0.05;
    return this.random.chance(southernShare) ? southern : name;
  }

  /** Văn and Thị for most born before 1980, a few since; sometimes two words; rarely none. */
  private middle(sex: Sex, year: number): string {
    const r = this.random;
    if (r.chance(0.01)) return '';
    const traditional = year < 1980 ? 0.7 : year < 2000 ? 0.4 : 0.15;
    if (r.chance(traditional)) {
      const word = TRADITIONAL_MIDDLE_NAME[sex];
      return sex === 'female' && r.chance(0.15) ? `${word} ${this.middleName.female.draw(r)}` : word;
    }
    return this.middleName[sex].draw(r);
  }

  /** PPP G YY RRRRRR: the serial from a counter per PPP+G+YY, so that no number repeats. */
  private personalIdNumber(province: string, year: number, sex: Sex): string {
    const g = centurySexDigit(year, sex);
    const yy = year % 100;
    const key = Number(province) * 1000 + g * 100 + yy;
    let serial = this.serials.get(key);
    if (!serial) {
      // Where the sequence starts for this key: from the seed, so runs with other seeds differ.
      serial = { next: 0, offset: new SeededRandom(`${this.seed}/${key}`).below(SERIALS_PER_KEY) };
      this.serials.set(key, serial);
    }
    if (serial.next >= SERIALS_PER_KEY) {
      throw new RangeError(`more than ${SERIALS_PER_KEY} citizens for ${province}, ${year}, ${sex}`);
    }
    const value = (serial.next++ * SERIAL_STEP + serial.offset) % SERIALS_PER_KEY;
    return `${province}${g}${String(yy).padStart(2, '0')}${String(value).padStart(6, '0')}`;
  }

  private address(province: string): string {
    const r = this.random;
    const south = broadRegion(province) === 'south';
    if (r.chance(URBAN_PROVINCES.has(province) ? 0.85 : 0.35)) {
      const street = r.pick(STREETS);
      const number = r.between(1, 400);
      const house = r.chance(0.3)
        ? south
          ? `Số ${number}/${r.between(1, 60)} ${street}`
          : `Số ${r.between(1, 80)}, ngõ ${number} ${street}`
        : `Số ${number} ${street}`;
      return `${house}, phường ${r.pick(PLACE_NAMES)}`;
    }
    const hamlet = r.chance(0.4) ? String(r.between(1, 12)) : r.pick(PLACE_NAMES);
    return `${south ? 'Ấp' : 'Thôn'} ${hamlet}, xã ${r.pick(PLACE_NAMES)}`;
  }

  private phone(): string {
    return `${this.random.pick(MOBILE_PREFIXES)}${String(this.random.below(10_000_000)).padStart(7, '0')}`;
  }

  private email(familyName: string, givenName: string, year: number): string {
    const r = this.random;
    const given = searchKey(givenName).replace(/[^a-z]/g, '');
    const family = searchKey(familyName).replace(/[^a-z]/g, '');
    const local = r.chance(0.5)
      ? `${given}.${family}${String(year % 100).padStart(2, '0')}`
      : `${family}${given}${r.between(1, 9999)}`;
    return `${local}@${this.emailDomain.draw(r)}`;
  }
}

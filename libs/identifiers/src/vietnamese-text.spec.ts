import { PGlite } from '@electric-sql/pglite';
import { searchKey, searchKeySql } from './vietnamese-text';

const NAMES = [
  'Nguyễn Văn An',
  'CÔNG TY TNHH THƯƠNG MẠI MINH PHÁT',
  'Công ty Cổ phần Đầu tư   Hạ tầng  Đà Nẵng',
  'Hợp tác xã Nông nghiệp Ỷ Lan',
  'Trịnh Thị Ngọc Diễm',
  ' Phở Thìn Bờ Hồ ',
];

describe('the search key in SQL', () => {
  let db: PGlite;

  beforeAll(async () => {
    db = await PGlite.create();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('is what searchKey makes of the same text', async () => {
    for (const name of NAMES) {
      const { rows } = await db.query<{ key: string }>(`SELECT ${searchKeySql('$1::text')} AS key`, [name]);
      expect(rows[0].key).toBe(searchKey(name));
    }
  });
});

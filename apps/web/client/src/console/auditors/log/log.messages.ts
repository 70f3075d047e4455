import { defineMessages } from '../../../i18n/messages';

/** Texts of the access log's health page. */
export const logMessages = defineMessages({
  vi: {
    'auditors.log.title': 'Tình trạng nhật ký truy cập',
    'auditors.log.intro':
      'Nhật ký truy cập được chốt định kỳ: mỗi bản chốt ký số kích thước và gốc Merkle của nhật ký, và được bên chứng thực độc lập ký xác nhận. Trang này kiểm tra chữ ký và bằng chứng ngay trên trình duyệt, chỉ dùng khoá công khai.',
    'auditors.log.newest': 'Bản chốt mới nhất',
    'auditors.log.noNewestQuery':
      'Hệ thống chưa có truy vấn đọc bản chốt mới nhất mà không ký bản mới: trang bắt đầu từ bản chốt trình duyệt này đã thấy lần trước.',
    'auditors.log.noneSeen': 'Trình duyệt này chưa thấy bản chốt nào. Hãy ký một bản chốt để bắt đầu theo dõi.',
    'auditors.log.seen': 'Lần trước trình duyệt này thấy bản chốt {size} bản ghi, ký lúc {time}.',
    'auditors.log.seenHolds': 'Bản chốt {size} bản ghi vẫn như trình duyệt này đã thấy: cùng gốc Merkle.',
    'auditors.log.seenRootDiffers':
      'Cảnh báo: bản chốt {size} bản ghi bây giờ có gốc Merkle khác với gốc trình duyệt này đã thấy. Nhật ký có thể đã bị ghi lại.',
    'auditors.log.sign': 'Ký bản chốt mới ngay',
    'auditors.log.empty': 'Nhật ký còn trống: chưa có gì để chốt.',
    'auditors.log.signedTitle': 'Bản chốt vừa nhận',
    'auditors.log.size': 'Số bản ghi',
    'auditors.log.signedAt': 'Ký lúc',
    'auditors.log.root': 'Gốc Merkle',
    'auditors.log.signature': 'Chữ ký của hệ thống',
    'auditors.log.signatureHolds': 'Hợp lệ',
    'auditors.log.signatureFails': 'Không hợp lệ: {reason}',
    'auditors.log.witness': 'Bên chứng thực',
    'auditors.log.cosigned': 'Đã ký xác nhận (chữ ký hợp lệ)',
    'auditors.log.notCosigned': 'Chưa ký xác nhận; hệ thống sẽ gửi lại.',
    'auditors.log.firstSeen': 'Đây là bản chốt đầu tiên trình duyệt này lưu; các bản sau sẽ được đối chiếu với nó.',
    'auditors.log.extends':
      'Nhất quán: nhật ký hiện tại là phần mở rộng của bản chốt {seenSize} bản ghi đã thấy; không bản ghi nào bị xoá hay sửa.',
    'auditors.log.doesNotExtend': 'Cảnh báo: nhật ký không mở rộng bản chốt {seenSize} bản ghi đã thấy ({reason}).',
    'auditors.log.consistencyTitle': 'Kiểm tra tính nhất quán giữa hai bản chốt',
    'auditors.log.consistencyIntro':
      'Nhập kích thước của hai bản chốt đã ký. Bằng chứng RFC 6962 cho thấy nhật ký lớn hơn giữ nguyên mọi bản ghi của nhật ký nhỏ hơn.',
    'auditors.log.fromSize': 'Bản chốt cũ (số bản ghi)',
    'auditors.log.toSize': 'Bản chốt mới (số bản ghi)',
    'auditors.log.check': 'Kiểm tra',
    'auditors.log.consistent':
      'Nhất quán: nhật ký {toSize} bản ghi giữ nguyên {fromSize} bản ghi đầu (bằng chứng gồm {hashes} mã băm, đã kiểm tra).',
    'auditors.log.inconsistent': 'Không nhất quán: {reason}',
    'auditors.log.verifyTool': 'Công cụ verify-log',
    'auditors.log.verifyToolIntro':
      'Công cụ verify-log kiểm tra toàn bộ nhật ký trong cơ sở dữ liệu, chỉ với khoá công khai, và ghi lại mỗi lần chạy. Đây là lần chạy gần nhất, như công cụ đã ghi.',
    'auditors.log.verifyNever': 'Công cụ verify-log chưa chạy lần nào trên cơ sở dữ liệu này. Hãy chạy:',
    'auditors.log.verifyLastRun': 'Lần chạy gần nhất',
    'auditors.log.verifyVerdict': 'Kết quả',
    'auditors.log.verdict.HOLDS': 'Nhật ký nguyên vẹn',
    'auditors.log.verdict.BREAK': 'Nhật ký bị phá vỡ',
    'auditors.log.verdict.COULD_NOT_CHECK': 'Không kiểm tra được',
    'auditors.log.verifyEntries': 'Số bản ghi đã kiểm tra',
    'auditors.log.verifyAnchor': 'Đối chiếu với',
    'auditors.log.verifyAnchorSize': 'bản chốt {size} bản ghi',
    'auditors.log.verifyRanBy': 'Người chạy',
    'auditors.log.verifySummary': 'Kết luận của công cụ',
    'auditors.log.verifyStale': 'Lần chạy gần nhất đã cách đây hơn {days} ngày: hãy kiểm tra lại nhật ký bằng lệnh',
  },
  en: {
    'auditors.log.title': "The access log's health",
    'auditors.log.intro':
      "The access log is checkpointed regularly: each checkpoint signs the log's size and Merkle root, and an independent witness cosigns it. This page checks signatures and proofs in the browser, with public keys only.",
    'auditors.log.newest': 'The newest checkpoint',
    'auditors.log.noNewestQuery':
      'The API has no query that reads the newest checkpoint without signing one: the page starts from the checkpoint this browser saw last.',
    'auditors.log.noneSeen': 'This browser has seen no checkpoint yet. Sign one to start following the log.',
    'auditors.log.seen': 'This browser last saw the checkpoint of {size} records, signed at {time}.',
    'auditors.log.seenHolds': 'The checkpoint of {size} records is as this browser saw it: the same Merkle root.',
    'auditors.log.seenRootDiffers':
      'Warning: the checkpoint of {size} records now has another Merkle root than the one this browser saw. The log may have been rewritten.',
    'auditors.log.sign': 'Sign a checkpoint now',
    'auditors.log.empty': 'The log is empty: nothing to checkpoint yet.',
    'auditors.log.signedTitle': 'The checkpoint just received',
    'auditors.log.size': 'Records',
    'auditors.log.signedAt': 'Signed at',
    'auditors.log.root': 'Merkle root',
    'auditors.log.signature': "The registry's signature",
    'auditors.log.signatureHolds': 'Valid',
    'auditors.log.signatureFails': 'Not valid: {reason}',
    'auditors.log.witness': 'Witness',
    'auditors.log.cosigned': 'Cosigned (valid cosignature)',
    'auditors.log.notCosigned': 'Not cosigned yet; the registry submits it again.',
    'auditors.log.firstSeen': 'This is the first checkpoint this browser keeps; later ones are checked against it.',
    'auditors.log.extends':
      'Consistent: the log now extends the checkpoint of {seenSize} records seen before; no record was removed or changed.',
    'auditors.log.doesNotExtend':
      'Warning: the log does not extend the checkpoint of {seenSize} records seen before ({reason}).',
    'auditors.log.consistencyTitle': 'Consistency between two checkpoints',
    'auditors.log.consistencyIntro':
      'Give the sizes of two signed checkpoints. An RFC 6962 proof shows that the larger log keeps every record of the smaller one.',
    'auditors.log.fromSize': 'Older checkpoint (records)',
    'auditors.log.toSize': 'Newer checkpoint (records)',
    'auditors.log.check': 'Check',
    'auditors.log.consistent':
      'Consistent: the log of {toSize} records keeps its first {fromSize} records unchanged (a proof of {hashes} hashes, checked).',
    'auditors.log.inconsistent': 'Not consistent: {reason}',
    'auditors.log.verifyTool': 'The verify-log tool',
    'auditors.log.verifyToolIntro':
      'The verify-log tool checks the whole log in the database, with public keys only, and records each run. This is its newest run, as the tool recorded it.',
    'auditors.log.verifyNever': 'verify-log has never run on this database. Run:',
    'auditors.log.verifyLastRun': 'Last run',
    'auditors.log.verifyVerdict': 'Verdict',
    'auditors.log.verdict.HOLDS': 'The log holds',
    'auditors.log.verdict.BREAK': 'The log is broken',
    'auditors.log.verdict.COULD_NOT_CHECK': 'Could not be checked',
    'auditors.log.verifyEntries': 'Records checked',
    'auditors.log.verifyAnchor': 'Held against',
    'auditors.log.verifyAnchorSize': 'the checkpoint of {size} records',
    'auditors.log.verifyRanBy': 'Run by',
    'auditors.log.verifySummary': "The tool's verdict",
    'auditors.log.verifyStale': 'The last run is more than {days} days old: check the log again with',
  },
});

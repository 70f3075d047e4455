import { describe, expect, it } from '@jest/globals';
import {
  branchCodeProblem,
  enterpriseCodeFieldProblem,
  nextBranchCode,
  personalIdFieldProblem,
  provinceProblem,
  statusesToChangeTo,
  textProblem,
} from './enterprise-rules';

// The forms check what the registry's inputs check (enterprise-stewardship.inputs.ts), before sending.

describe('the enterprise forms’ rules', () => {
  it('takes an enterprise code with a right check digit only', () => {
    expect(enterpriseCodeFieldProblem('0312345673')).toBeNull();
    expect(enterpriseCodeFieldProblem('0312345670')).toBe('enterpriseCode');
    expect(enterpriseCodeFieldProblem('031234567')).toBe('enterpriseCode');
    expect(enterpriseCodeFieldProblem(' ')).toBe('required');
  });

  it('takes a branch code of this enterprise with a suffix 001–999', () => {
    expect(branchCodeProblem('0312345673-001', '0312345673')).toBeNull();
    expect(branchCodeProblem('0312345673-000', '0312345673')).toBe('branchCode');
    expect(branchCodeProblem('0312345673001', '0312345673')).toBe('branchCode');
    expect(branchCodeProblem('0100003212-001', '0312345673')).toBe('branchOfAnother');
  });

  it('suggests the first unused branch suffix', () => {
    expect(nextBranchCode('0312345673', [])).toBe('0312345673-001');
    expect(nextBranchCode('0312345673', ['0312345673-001', '0312345673-003'])).toBe('0312345673-002');
  });

  it('measures registry text as the server does: NFC, trimmed, one line, no invisible characters in names', () => {
    expect(textProblem('  Giám đốc  ', 150)).toBeNull();
    expect(textProblem('   ', 150)).toBe('required');
    expect(textProblem('a'.repeat(151), 150)).toBe('tooLong');
    // Decomposed Vietnamese counts its composed length.
    expect(textProblem('Giám đốc'.normalize('NFD'), 8)).toBeNull();
    expect(textProblem('dòng một\ndòng hai', 500)).toBe('controlCharacters');
    expect(textProblem('Chi nhánh\u202eHà Nội', 255, { name: true })).toBe('invisibleCharacters');
    expect(textProblem('Chi nhánh\u202eHà Nội', 255)).toBeNull();
  });

  it('takes a well-formed personal ID number and a known province code', () => {
    expect(personalIdFieldProblem('001085012345')).toBeNull();
    expect(personalIdFieldProblem('999085012345')).toBe('personalIdNumber');
    expect(provinceProblem('01')).toBeNull();
    expect(provinceProblem('079')).toBeNull();
    expect(provinceProblem('00')).toBe('province');
  });

  it('offers every status but the present one', () => {
    expect(statusesToChangeTo('ACTIVE')).not.toContain('ACTIVE');
    expect(statusesToChangeTo('ACTIVE')).toHaveLength(5);
  });
});

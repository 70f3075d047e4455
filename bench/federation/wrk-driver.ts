import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What wrk saw in one run: its own counts, and what the Lua script counted in the bodies. */
export interface LoadResult {
  requestsPerSecond: number;
  /** Answers received, and requests sent (the difference was in flight when wrk stopped). */
  received: number;
  sent: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  status5xx: number;
  status429: number;
  otherNon200: number;
  /** Answers whose body has a GraphQL `errors` member (fail-closed answers among them). */
  graphqlErrors: number;
  socketErrors: number;
  /** Subjects released in the answers received: each `"personalIdNumber"` and `"enterpriseCode"` key. */
  records: number;
  seconds: number;
  /** The first answer that was not a clean 200, as wrk saw it (status and the start of the body). */
  firstError: string;
}

/**
 * A wrk script that sends `requests` in turn, counts every status and error in the answers, and
 * prints the totals of all threads as one JSON line. Sending and receiving are counted apart so
 * that the access-log gate can bound what was in flight at the end.
 */
function luaScript(requests: HttpRequest[]): string {
  const literal = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const specs = requests
    .map(
      (r) =>
        `{${literal(r.method)}, ${literal(r.path)}, {${Object.entries(r.headers)
          .map(([k, v]) => `[${literal(k)}] = ${literal(v)}`)
          .join(', ')}}, ${r.body === undefined ? 'nil' : literal(r.body)}}`,
    )
    .join(',\n');
  return `
local specs = {
${specs}
}
local built = {}
local next_index = 0
sent, received, s5xx, s429, other, gql_errors, records = 0, 0, 0, 0, 0, 0, 0
first_error = ""
local threads = {}

function setup(thread) table.insert(threads, thread) end

function init(args)
  for i, s in ipairs(specs) do built[i] = wrk.format(s[1], s[2], s[3], s[4]) end
  next_index = math.random(#built) - 1
end

function request()
  next_index = next_index % #built + 1
  sent = sent + 1
  return built[next_index]
end

function response(status, headers, body)
  received = received + 1
  if status >= 500 then s5xx = s5xx + 1 elseif status == 429 then s429 = s429 + 1
  elseif status ~= 200 then other = other + 1 end
  local has_errors = body:find('"errors"', 1, true)
  if has_errors then gql_errors = gql_errors + 1 end
  if first_error == "" and (has_errors or status ~= 200) then first_error = status .. " " .. body:sub(1, 400) end
  local _, people = body:gsub('"personalIdNumber"', '')
  local _, enterprises = body:gsub('"enterpriseCode"', '')
  records = records + people + enterprises
end

function done(summary, latency, requests)
  local t = { sent = 0, received = 0, s5xx = 0, s429 = 0, other = 0, gql_errors = 0, records = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(t) do t[key] = t[key] + thread:get(key) end
  end
  local sample = ""
  for _, thread in ipairs(threads) do
    if sample == "" then sample = thread:get("first_error") end
  end
  sample = sample:gsub('[%c"\\\\]', function(c) return string.format('\\\\u%04x', c:byte()) end)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"socketErrors":%d,' ..
    '"sent":%d,"received":%d,"s5xx":%d,"s429":%d,"other":%d,"gqlErrors":%d,"records":%d,"firstError":"%s"}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, t.sent, t.received, t.s5xx, t.s429, t.other, t.gql_errors, t.records, sample))
end
`;
}

/** Runs wrk (a separate process, in C: it costs the 2 cores far less than a Node driver would). */
export async function runWrk(
  baseUrl: string,
  requests: HttpRequest[],
  options: { connections: number; seconds: number; scratchDir: string },
): Promise<LoadResult> {
  const script = join(options.scratchDir, 'load.lua');
  writeFileSync(script, luaScript(requests));
  const { stdout } = await run(
    'wrk',
    ['-t2', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '30s', '-s', script, baseUrl],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  const r = JSON.parse(line.slice('BENCH_JSON '.length)) as Record<string, number> & { firstError: string };
  const seconds = r.durationUs / 1e6;
  return {
    requestsPerSecond: r.requests / seconds,
    received: r.received,
    sent: r.sent,
    p50Ms: r.p50Us / 1000,
    p95Ms: r.p95Us / 1000,
    p99Ms: r.p99Us / 1000,
    status5xx: r.s5xx,
    status429: r.s429,
    otherNon200: r.other,
    graphqlErrors: r.gqlErrors,
    socketErrors: r.socketErrors,
    records: r.records,
    seconds,
    firstError: r.firstError,
  };
}

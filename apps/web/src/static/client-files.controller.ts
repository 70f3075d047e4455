import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ClientNotBuiltError, WebNotFoundError } from '../web.errors';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
/** A file name the client's build may produce; anything else (.., slashes, dotfiles) is not looked up. */
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}$/;
/** Paths of the server's own: never a page, so never the page fallback. */
const SERVER_PREFIXES = [
  '/api/',
  '/auth/',
  '/graphql',
  '/console/api/',
  '/console/auth/',
  '/console/graphql',
  '/witness/',
  '/.well-known/',
  '/assets/',
  '/health',
];

/**
 * The built client (Vite's output): hashed assets cached for a year, index.html never cached
 * (a new build is seen at once), and every page path answered with index.html so the client's
 * router draws it.
 */
@Controller()
export class ClientFilesController {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = config.web.clientDir;
  }

  @Get('assets/:file')
  async asset(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, join('assets', this.checked(file)), 'public, max-age=31536000, immutable');
  }

  @Get('*')
  async page(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const path = request.url.split('?')[0];
    if (SERVER_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) {
      throw new WebNotFoundError();
    }
    const segments = path.split('/').filter(Boolean);
    // A file of the build's root (favicon, robots.txt): one segment with an extension.
    if (segments.length === 1 && extname(segments[0]) !== '') {
      if (segments[0] === 'index.html') return this.index(reply);
      await this.send(reply, this.checked(segments[0]), 'no-cache');
      return;
    }
    await this.index(reply);
  }

  private async index(reply: FastifyReply): Promise<void> {
    try {
      await this.send(reply, 'index.html', 'no-cache');
    } catch (error) {
      if (error instanceof WebNotFoundError) throw new ClientNotBuiltError();
      throw error;
    }
  }

  private checked(file: string): string {
    if (!FILE_NAME.test(file) || file.includes('..')) throw new WebNotFoundError();
    return file;
  }

  private async send(reply: FastifyReply, relative: string, cacheControl: string): Promise<void> {
    const type = CONTENT_TYPES[extname(relative)];
    if (!type) throw new WebNotFoundError();
    let content: Buffer;
    try {
      content = await readFile(join(this.dir, relative));
    } catch (error) {
      if (['ENOENT', 'EISDIR', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) {
        throw new WebNotFoundError();
      }
      throw error;
    }
    void reply.header('content-type', type).header('cache-control', cacheControl).send(content);
  }
}

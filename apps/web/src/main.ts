import 'reflect-metadata';
import { runApp } from '@app/server';
import { webApp } from './web.app';

void runApp(webApp);

import 'reflect-metadata';
import { runApp } from '@app/server';
import { exchangeApp } from './exchange.app';

void runApp(exchangeApp);

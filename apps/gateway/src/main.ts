import 'reflect-metadata';
import { runApp } from '@app/server';
import { gatewayApp } from './gateway.app';

void runApp(gatewayApp);

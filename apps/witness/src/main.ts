import 'reflect-metadata';
import { runApp } from '@app/server';
import { witnessApp } from './witness.app';

void runApp(witnessApp);

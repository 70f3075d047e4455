import 'reflect-metadata';
import { runApp } from '@app/server';
import { businessRegistryApp } from './business-registry.app';

void runApp(businessRegistryApp);

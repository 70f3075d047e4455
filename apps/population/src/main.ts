import 'reflect-metadata';
import { runApp } from '@app/server';
import { populationApp } from './population.app';

void runApp(populationApp);

import { Global, Injectable, Module } from '@nestjs/common';

/** The time source; tests replace it to cross a year or a delegation's end. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}

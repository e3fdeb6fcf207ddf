// The style family: write-good's checks, at hint severity by default.
import type { Rule } from '../../engine/rule';
import { passive } from './passive';
import { weasel } from './weasel';
import { adverb } from './adverb';
import { lexicalIllusion } from './lexical-illusion';
import { so } from './so';
import { thereIs } from './there-is';
import { wordy } from './wordy';
import { cliche } from './cliche';

export const styleRules: Rule[] = [passive, weasel, adverb, lexicalIllusion, so, thereIs, wordy, cliche];

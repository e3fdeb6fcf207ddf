// The attribution rule family: every claim in a news story needs a source the reader can weigh.
import type { Rule } from '../../engine/rule';
import { vagueSource } from './vague-source';
import { anonymousSource } from './anonymous-source';
import { unattributedClaim } from './unattributed-claim';
import { orphanQuote } from './orphan-quote';

export const attributionRules: Rule[] = [vagueSource, anonymousSource, unattributedClaim, orphanQuote];

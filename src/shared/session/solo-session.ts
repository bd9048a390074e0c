import { SessionController } from './session-controller';
import { SOLO_QUIZ } from '../../core/activities';
import type { SoloAction, SoloConfig, SoloEvent, SoloState } from '../../core/quiz/solo';
import type { Quiz } from '../../core/types';
import type { Pack } from '../../content/pack-types';
import type { KeyValueStore } from '../storage/safe-storage';
import { STORE_KEY } from '../keys';
import { packRef } from './pack-ref';

export type SoloController = SessionController<Quiz, SoloConfig, SoloState, SoloAction, SoloEvent>;

/** The solo quiz saved on the device for this pack, or null (no quiz, none saved, another pack). */
export function resumeSoloQuiz(pack: Pack | null, store: KeyValueStore): SoloController | null {
  if (!pack?.quiz) return null;
  return SessionController.resume(
    SOLO_QUIZ,
    pack.quiz,
    store,
    STORE_KEY.soloSession,
    packRef(pack),
  );
}

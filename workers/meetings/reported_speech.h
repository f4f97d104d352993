#pragma once

#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// A plan of someone else, reported: a reporting verb in the third person ("Tom said", "Маша
/// сказала, что", "Ana dice que", "a Júlia disse que") whose report names neither the writer nor
/// the reader ("he has a dentist appointment tomorrow at 5", "у неё завтра собеседование").
/// A report that brings them in ("Anna says we meet at 5", "dice que nos vemos") is the chat's
/// plan. True at the reporting verb. Pure.
bool ReportsOthersPlan(const std::vector<Token>& tokens, std::size_t i, Language language);

/// A plan of someone else, stated: a third person the writer names as the subject ("my brother",
/// "o meu pai", "mi hermana", "Jen and Mark", "o Pedro e a Marta") of having or going to do
/// something ("has a job interview", "are having dinner", "vão jantar", "tiene una
/// entrevista"), with neither the writer nor the reader after it in the sentence ("my mom has
/// a checkup at 9, I'll drive her" is the chat's plan). True at the verb. Pure.
/// A question of who will do something ("Who's picking up the kids tomorrow at 3?", "Quem vai
/// buscar as crianças amanhã às 17h?") asks whose plan it is; it proposes none. A call to join
/// ("Who's in for pizza?", "Quem topa?") is not. True at the question word. Pure.
bool AsksWhoDoesIt(const std::vector<Token>& tokens, std::size_t i, Language language);

bool StatesOthersPlan(const std::vector<Token>& tokens, std::size_t i, Language language);

}  // namespace chatfleet::meetings

#pragma once

#include <cstddef>
#include <string_view>
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

/// Russian states the person as "у" with the genitive ("У Саши завтра собеседование", "у моей
/// сестры концерт") or as a subject before a third-person verb ("Родители в субботу уезжают",
/// "Лена с Максом идут в кино"); es/pt mark the person on any verb after the subject ("mis
/// padres salen", "os meus pais partem"). `text` is the message the tokens came from (names
/// are read by their capital letter).
bool StatesOthersPlan(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                      const Lexicon& lexicon);

/// A question about a third person's event ("Is your brother's surgery on Thursday at 8?", "Is
/// Tom's party at 9?") asks for information, and proposes nothing unless it names the writer or
/// the reader. True at the possessive. Pure.
bool AsksAboutOthersPlan(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                         Language language);

}  // namespace chatfleet::meetings

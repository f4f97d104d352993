#include "workers/meetings/clause_index.h"

#include <cstddef>
#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::TextAt;

// "Todo mundo tá livre domingo: trilha às 7h": a colon before words (not inside "14:00")
// opens what the first half announces.
bool ColonBeforeWords(const std::vector<Token>& tokens, std::size_t i) {
  return tokens[i].IsPunct(':') && i + 1 < tokens.size() &&
         tokens[i + 1].kind == Token::Kind::kWord && tokens[i + 1].space_before;
}

bool OpensClause(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.IsPunct(',') || ColonBeforeWords(tokens, i) || t.IsWord("but") || t.IsWord("но") ||
         t.IsWord("pero") || t.IsWord("mas") || t.IsWord("however");
}

// "Маша сказала, что придёт, так что собираемся в субботу", "A Bia disse que vem, então o
// almoço é domingo": a consequence drawn from what a sentence reports or supposes.
// Portuguese "só" (only) folds to "so": there it opens nothing.
bool OpensConsequence(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const Token& t = tokens[i];
  const std::string_view next = TextAt(tokens, i + 1);
  return (t.IsWord("so") && language != Language::kPt) || t.IsWord("therefore") ||
         t.IsWord("поэтому") || (t.IsWord("так") && next == "что") || t.IsWord("entonces") ||
         t.IsWord("entao") || (t.IsWord("asi") && next == "que") ||
         ((t.IsWord("por") && (next == "eso" || next == "isso")));
}

// A running count over the tokens: a new sentence or an opening word starts the next number.
template <typename Opens>
std::vector<int> Numbered(const std::vector<Token>& tokens, const std::vector<int>& sentences,
                          Opens opens) {
  std::vector<int> index(tokens.size());
  int current = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && sentences[i] != sentences[i - 1]) ++current;
    if (opens(tokens, i)) ++current;
    index[i] = current;
  }
  return index;
}

}  // namespace

std::vector<int> ClauseIndex(const std::vector<Token>& tokens, const std::vector<int>& sentences) {
  return Numbered(tokens, sentences, OpensClause);
}

std::vector<int> ConsequenceIndex(const std::vector<Token>& tokens,
                                  const std::vector<int>& sentences, Language language) {
  return Numbered(tokens, sentences, [language](const std::vector<Token>& t, std::size_t i) {
    return OpensConsequence(t, i, language);
  });
}

}  // namespace chatfleet::meetings

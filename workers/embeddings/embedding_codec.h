#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "workers/embeddings/embedder.h"

namespace chatfleet::workers {

/// An embedding as stored: int8 components scaled so the largest is ±127 (a quarter of the
/// float's size; cosine changes by well under 1 %).
std::vector<std::int8_t> Quantize(const Embedding& embedding);

/// PostgreSQL's hex text form of a bytea ("\x…"), to send as a parameter.
std::string ToByteaHex(std::span<const std::int8_t> bytes);
/// The bytes of a bytea in hex text form; nullopt when it is not one.
std::optional<std::vector<std::int8_t>> FromByteaHex(std::string_view text);

/// Cosine similarity of a float query and a stored vector; 0 when either is empty, their sizes
/// differ or one is all zeros.
double Cosine(const Embedding& query, std::span<const std::int8_t> stored);

}  // namespace chatfleet::workers

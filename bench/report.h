#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace chatfleet::bench {

/// The benchmark's output: a human-readable table (sections of label → value) and the same
/// figures as `KEY=value` lines for scripts. Not thread-safe; filled by the main thread.
class Report {
 public:
  void Section(std::string title);
  void Row(std::string label, std::string value);
  /// A machine-readable value; numbers are printed with up to 3 decimals.
  void Key(std::string key, double value);
  void Key(std::string key, std::string value);

  /// The table, then the KEY=value lines.
  void Print(std::ostream& out) const;

 private:
  struct Section_ {
    std::string title;
    std::vector<std::pair<std::string, std::string>> rows;
  };
  std::vector<Section_> sections_;
  std::vector<std::pair<std::string, std::string>> keys_;
};

/// `12345.678` → "12346" for large numbers, "3.142" for small ones.
std::string FormatNumber(double value);

}  // namespace chatfleet::bench

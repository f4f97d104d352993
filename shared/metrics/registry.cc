#include "shared/metrics/registry.h"

#include <algorithm>
#include <exception>
#include <stdexcept>

#include "shared/log/logger.h"
#include "shared/metrics/text_format.h"

namespace chatfleet::metrics {
namespace {

using Collect = std::function<std::vector<std::pair<Labels, double>>()>;

constexpr std::string_view kCounter = "counter";
constexpr std::string_view kGauge = "gauge";
constexpr std::string_view kHistogram = "histogram";

/// Checks label names and sorts by name, so {a,b} and {b,a} name the same instrument.
Labels Normalize(std::string_view metric, Labels labels) {
  std::sort(labels.begin(), labels.end());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!text_format::IsValidLabelName(labels[i].first) ||
        (i > 0 && labels[i - 1].first == labels[i].first)) {
      throw std::logic_error("metric " + std::string(metric) + ": invalid or duplicate label '" +
                             labels[i].first + "'");
    }
  }
  return labels;
}

/// `{a="x",b="y"}`, with an optional trailing `le` for histogram buckets; nothing when empty.
void AppendLabels(std::string& out, const Labels& labels, std::string_view le = {}) {
  if (labels.empty() && le.empty()) return;
  out += '{';
  bool first = true;
  for (const auto& [name, value] : labels) {
    if (!first) out += ',';
    first = false;
    out += name;
    out += "=\"";
    text_format::AppendLabelValue(out, value);
    out += '"';
  }
  if (!le.empty()) {
    if (!first) out += ',';
    out += "le=\"";
    out += le;
    out += '"';
  }
  out += '}';
}

void AppendSample(std::string& out, std::string_view name, const Labels& labels, double value,
                  std::string_view le = {}) {
  out += name;
  AppendLabels(out, labels, le);
  out += ' ';
  out += text_format::FormatNumber(value);
  out += '\n';
}

void AppendHistogram(std::string& out, const std::string& name, const Labels& labels,
                     const Histogram::Snapshot& snapshot) {
  const std::string bucket = name + "_bucket";
  for (std::size_t i = 0; i < snapshot.bounds.size(); ++i) {
    AppendSample(out, bucket, labels, static_cast<double>(snapshot.cumulative_counts[i]),
                 text_format::FormatNumber(snapshot.bounds[i]));
  }
  AppendSample(out, bucket, labels, static_cast<double>(snapshot.count), "+Inf");
  AppendSample(out, name + "_sum", labels, snapshot.sum);
  AppendSample(out, name + "_count", labels, static_cast<double>(snapshot.count));
}

void AppendCollected(std::string& out, const std::string& name, const Collect& collect) {
  std::vector<std::pair<Labels, double>> samples;
  try {
    samples = collect();
  } catch (const std::exception& e) {
    // A failing collector must not take the whole scrape down with it.
    log::Warn("metrics collector failed", {{"metric", name}, {"error", e.what()}});
    return;
  }
  for (auto& [labels, value] : samples) {
    try {
      AppendSample(out, name, Normalize(name, std::move(labels)), value);
    } catch (const std::logic_error& e) {
      log::Warn("metrics collector returned a bad label", {{"metric", name}, {"error", e.what()}});
    }
  }
}

}  // namespace

struct Registry::Family {
  struct Child {
    Labels labels;
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Gauge> gauge;
    std::unique_ptr<Histogram> histogram;
  };

  std::string name;
  std::string help;
  std::string_view type;
  std::vector<Child> children;
  std::vector<Collect> collectors;

  Child* Find(const Labels& labels) {
    for (auto& child : children) {
      if (child.labels == labels) return &child;
    }
    return nullptr;
  }
};

Registry::Registry() = default;
Registry::~Registry() = default;

Registry::Family& Registry::FindOrAdd(std::string_view name, std::string_view help,
                                      std::string_view type) {
  for (auto& family : families_) {
    if (family->name != name) continue;
    if (family->type != type) {
      throw std::logic_error("metric " + std::string(name) + " already registered as " +
                             std::string(family->type) + ", not " + std::string(type));
    }
    return *family;
  }
  if (!text_format::IsValidMetricName(name)) {
    throw std::logic_error("invalid metric name '" + std::string(name) + "'");
  }
  auto family = std::make_unique<Family>();
  family->name = std::string(name);
  family->help = std::string(help);
  family->type = type;
  families_.push_back(std::move(family));
  return *families_.back();
}

Counter& Registry::AddCounter(std::string_view name, std::string_view help, Labels labels) {
  labels = Normalize(name, std::move(labels));
  std::lock_guard lock(mutex_);
  Family& family = FindOrAdd(name, help, kCounter);
  if (auto* child = family.Find(labels)) return *child->counter;
  family.children.push_back({std::move(labels), std::make_unique<Counter>(), nullptr, nullptr});
  return *family.children.back().counter;
}

Gauge& Registry::AddGauge(std::string_view name, std::string_view help, Labels labels) {
  labels = Normalize(name, std::move(labels));
  std::lock_guard lock(mutex_);
  Family& family = FindOrAdd(name, help, kGauge);
  if (auto* child = family.Find(labels)) return *child->gauge;
  family.children.push_back({std::move(labels), nullptr, std::make_unique<Gauge>(), nullptr});
  return *family.children.back().gauge;
}

Histogram& Registry::AddHistogram(std::string_view name, std::string_view help,
                                  std::vector<double> bounds, Labels labels) {
  labels = Normalize(name, std::move(labels));
  for (const auto& [label, value] : labels) {
    if (label == "le") throw std::logic_error("histogram " + std::string(name) + " uses 'le'");
  }
  auto histogram = std::make_unique<Histogram>(std::move(bounds));
  std::lock_guard lock(mutex_);
  Family& family = FindOrAdd(name, help, kHistogram);
  if (auto* child = family.Find(labels)) {
    if (child->histogram->snapshot().bounds != histogram->snapshot().bounds) {
      throw std::logic_error("histogram " + std::string(name) + " re-registered with new bounds");
    }
    return *child->histogram;
  }
  family.children.push_back({std::move(labels), nullptr, nullptr, std::move(histogram)});
  return *family.children.back().histogram;
}

void Registry::AddGaugeCallback(std::string_view name, std::string_view help,
                                std::function<std::vector<std::pair<Labels, double>>()> collect) {
  std::lock_guard lock(mutex_);
  FindOrAdd(name, help, kGauge).collectors.push_back(std::move(collect));
}

std::string Registry::Render() const {
  // Instruments are read under the lock; collectors run outside it, so one that is slow or
  // that registers a metric itself cannot block or deadlock registration.
  struct Rendered {
    std::string name;
    std::string text;
    std::vector<Collect> collectors;
  };
  std::vector<Rendered> rendered;
  {
    std::lock_guard lock(mutex_);
    rendered.reserve(families_.size());
    for (const auto& family : families_) {
      Rendered& r = rendered.emplace_back(Rendered{family->name, {}, family->collectors});
      r.text += "# HELP " + family->name + ' ';
      text_format::AppendHelp(r.text, family->help);
      r.text += "\n# TYPE " + family->name + ' ' + std::string(family->type) + '\n';
      for (const auto& child : family->children) {
        if (child.counter) AppendSample(r.text, family->name, child.labels, child.counter->value());
        if (child.gauge) AppendSample(r.text, family->name, child.labels, child.gauge->value());
        if (child.histogram) {
          AppendHistogram(r.text, family->name, child.labels, child.histogram->snapshot());
        }
      }
    }
  }
  std::string out;
  for (auto& r : rendered) {
    out += r.text;
    for (const auto& collect : r.collectors) AppendCollected(out, r.name, collect);
  }
  return out;
}

}  // namespace chatfleet::metrics

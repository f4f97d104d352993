// Boost.JSON's compiled part, built into this library instead of linking libboost_json (which
// Debian packages separately): exactly one translation unit may include src.hpp.
#include <boost/json/src.hpp>

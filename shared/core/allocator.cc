#include "shared/core/allocator.h"

#include <malloc.h>

namespace chatfleet {

void TuneAllocatorForBatches() { mallopt(M_MXFAST, 0); }

}  // namespace chatfleet

#ifndef PFD_CLIBXML2_SHIM_H
#define PFD_CLIBXML2_SHIM_H

// libxml2 may be built with ICU; its headers would then pull in the system ICU, which clashes with
// Foundation's own copy. pfd never touches the ICU converter fields, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function-pointer variable; Swift 6 rejects reading it directly.
static inline void pfd_xmlFree(void *p) { xmlFree(p); }

#endif

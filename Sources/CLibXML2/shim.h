#ifndef STREAMGAUGE_CLIBXML2_SHIM_H
#define STREAMGAUGE_CLIBXML2_SHIM_H

#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/// xmlFree is a C global function pointer, which Swift 6 rejects as shared mutable state.
static inline void CLibXML2_xmlFree(void *pointer) { xmlFree(pointer); }

#endif

#ifndef STREAMGAUGE_CLIBXML2_SHIM_H
#define STREAMGAUGE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2 built with ICU pulls <unicode/ucnv.h> into encoding.h, whose enums clash with the copy of
   ICU inside Foundation when one Swift file sees both. StreamGauge never touches the ICU fields of
   xmlCharEncodingHandler (it only passes pointers), so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/// xmlFree is a C global function pointer, which Swift 6 rejects as shared mutable state.
static inline void CLibXML2_xmlFree(void *pointer) { xmlFree(pointer); }

#endif

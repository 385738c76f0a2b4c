package dev.kith.io.imports;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.VCardDataType;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.TelephoneScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Telephone;

/**
 * ez-vcard's {@code TEL} reading, without its cost for plain numbers: ez-vcard tries every value as
 * a {@code tel:} URI and builds (message, stack trace) and catches an exception for each one that is
 * not. Values that start with {@code tel:} go the library's way; others give exactly what the
 * library gives after that exception (the same text, the same warning). Thread-safe.
 */
final class PlainTelephoneScribe extends TelephoneScribe {
    /** ez-vcard's warning "a URI was expected" (its message 18), as the library adds it. */
    private static final int NOT_A_URI = 18;

    @Override
    protected Telephone _parseText(String value, VCardDataType dataType, VCardParameters parameters,
                                   ParseContext context) {
        String text = VObjectPropertyValues.unescape(value);
        if (text.length() >= 4 && text.substring(0, 4).equalsIgnoreCase("tel:")) {
            return super._parseText(value, dataType, parameters, context);
        }
        if (dataType == VCardDataType.URI) {
            context.addWarning(NOT_A_URI);
        }
        return new Telephone(text);
    }
}

package dev.kith.web;

import java.util.Map;

/**
 * A note drafted for someone and not yet sent, as a page shows it before anything is recorded: an
 * editable note with Copy, Send (only when mail is set up and everyone it goes to has an address) and
 * "Mark sent", which posts the note to {@code markAction} and only then records the step.
 *
 * @param id         the note field's element id (the subject's is {@code id-subject})
 * @param heading    what the note is, as its heading reads ("Your note to Ana Lima")
 * @param explain    a sentence on what happens when it is marked sent
 * @param markAction where "Mark sent" posts the form
 * @param sendAction where "Send" posts it (sends, then records as "Mark sent" does)
 * @param fields     hidden fields the form carries back (who, why, the answer)
 * @param subject    the subject a sent note gets, editable
 * @param note       the drafted note
 * @param sendTo     the addresses Send writes to, in words; null when the note cannot be sent from here
 * @param noSend     why Send is missing although mail is set up (someone has no address); null otherwise
 */
record DraftNote(String id, String heading, String explain, String markAction, String sendAction,
                 Map<String, String> fields, String subject, String note, String sendTo, String noSend) {
    DraftNote {
        fields = Map.copyOf(fields);
    }

    /** The hidden fields in a stable order, for the page. */
    java.util.List<Map.Entry<String, String>> hidden() {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}

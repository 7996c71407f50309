package dev.paydesk.application.payoutaccount;

/** One document as the merchant sends it: {@code kind} ∈ bank_letter, change_of_payment_form, triparty_agreement; metadata only. */
public record DocumentInput(String kind, String fileName, String contentReference) {
    public DocumentInput(String kind, String fileName) {
        this(kind, fileName, null);
    }
}

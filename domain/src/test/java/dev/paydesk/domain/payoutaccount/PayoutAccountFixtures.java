package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Valid details per corridor, an approved agent, and simple fakes for the phone rule and the calendar. */
final class PayoutAccountFixtures {
    static final AgentId AGENT_ID = new AgentId("agt_lagos1");

    /** Fake: "+" then the country's calling code and 8 to 10 more digits. */
    static final PhoneNumberRule PHONES = (country, number) -> {
        String prefix = switch (country) {
            case "NG" -> "+234";
            case "GH" -> "+233";
            case "KE" -> "+254";
            case "SN" -> "+221";
            case "CI" -> "+225";
            case "UG" -> "+256";
            default -> "+";
        };
        return number.startsWith(prefix) && number.substring(prefix.length()).matches("\\d{8,10}");
    };

    /** Fake: Monday to Friday in UTC, no holidays. */
    static final BusinessDays WEEKDAYS = (start, days) -> {
        var date = start.atOffset(ZoneOffset.UTC);
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date.toInstant();
    };

    private PayoutAccountFixtures() {
    }

    static Agent approvedAgent(String country) {
        return Agent.register(AGENT_ID, country, "Representative " + country).approve();
    }

    static List<PayoutDocument> localDocuments() {
        return List.of(
                new PayoutDocument(DocumentKind.BANK_LETTER, "bank_letter.pdf"),
                new PayoutDocument(DocumentKind.CHANGE_OF_PAYMENT_FORM, "change-of-payment.pdf"),
                new PayoutDocument(DocumentKind.TRIPARTY_AGREEMENT, "triparty_agreement_v2.pdf"));
    }

    static PayoutAccountDetails nigeria() {
        return new PayoutAccountDetails(PayoutCorridor.of("NG", "NGN"), "First Bank of Nigeria", "011", null,
                "0000014579", "Adaeze Okafor Stores Ltd.", "+2348031234567", "RC1234567", AGENT_ID, localDocuments());
    }

    static PayoutAccountDetails senegal() {
        return new PayoutAccountDetails(PayoutCorridor.of("SN", "XOF"), "CBAO", "SN010", "01520",
                "SN08SN0100152000048500003035", "Aïssatou N'Diaye-Koné", "+221771234567", "SN-DKR-2019-B-12345",
                AGENT_ID, localDocuments());
    }

    static PayoutAccountDetails ghana() {
        return new PayoutAccountDetails(PayoutCorridor.of("GH", "GHS"), "GCB Bank", "040101", null,
                "1011130012345", "Kwame Mensah", "+233241234567", "CS123456789", AGENT_ID, localDocuments());
    }

    static PayoutAccountDetails usdInKenya() {
        return new PayoutAccountDetails(PayoutCorridor.of("KE", "USD"), "Equity Bank", "EQBLKENA", null,
                "1234567890123", "Wanjiru Kamau", "+254712345678", "PVT-AB12CD3", null,
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "letter.pdf")));
    }

    static Instant monday() {
        return Instant.parse("2026-11-23T10:15:30Z");
    }
}

package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.agent.AgentId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the merchant entered for a payout account. Any text field may be missing or wrong — that is
 * reported by {@link PayoutAccountChecks}, never refused here. The only normalisation is that spaces
 * typed inside the account number are removed (SPEC §10); otherwise values are held as given.
 *
 * <p>Which review part each field belongs to (used to re-open only the changed parts):
 * <ul>
 *   <li>{@code bank_account}: bank name, bank code, branch code, account number, beneficiary name,
 *       phone, business registration number, the bank letter;</li>
 *   <li>{@code local_entity}: the agent, the change-of-payment-method form, the tri-party agreement;</li>
 *   <li>the country/currency pair decides the rules for both parts, so changing it re-opens both.</li>
 * </ul>
 * The account number is a secret: {@link #toString()} shows only its last 4 characters.
 */
public record PayoutAccountDetails(
        PayoutCorridor corridor,
        String bankName,
        String bankCode,
        String branchCode,
        String accountNumber,
        String beneficiaryName,
        String phone,
        String businessRegistrationNumber,
        AgentId agentId,
        List<PayoutDocument> documents) {

    public PayoutAccountDetails {
        Objects.requireNonNull(corridor, "corridor");
        accountNumber = withoutSpaces(accountNumber);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The last 4 characters of the account number (all of it when shorter), for display. */
    public String accountNumberLast4() {
        if (accountNumber == null) {
            return "";
        }
        return accountNumber.substring(Math.max(0, accountNumber.length() - 4));
    }

    public List<PayoutDocument> documentsOf(DocumentKind kind) {
        return documents.stream().filter(document -> document.kind() == kind).toList();
    }

    /** The review parts whose fields differ between {@code earlier} and these details. */
    public Set<ReviewPart> partsChangedFrom(PayoutAccountDetails earlier) {
        Set<ReviewPart> changed = EnumSet.noneOf(ReviewPart.class);
        if (!corridor.equals(earlier.corridor)) {
            return EnumSet.allOf(ReviewPart.class);
        }
        boolean bankFieldsChanged = !Objects.equals(bankName, earlier.bankName)
                || !Objects.equals(bankCode, earlier.bankCode)
                || !Objects.equals(branchCode, earlier.branchCode)
                || !Objects.equals(accountNumber, earlier.accountNumber)
                || !Objects.equals(beneficiaryName, earlier.beneficiaryName)
                || !Objects.equals(phone, earlier.phone)
                || !Objects.equals(businessRegistrationNumber, earlier.businessRegistrationNumber);
        boolean localFieldsChanged = !Objects.equals(agentId, earlier.agentId);
        for (DocumentKind kind : DocumentKind.values()) {
            if (!Set.copyOf(documentsOf(kind)).equals(Set.copyOf(earlier.documentsOf(kind)))) {
                if (kind.part() == ReviewPart.BANK_ACCOUNT) {
                    bankFieldsChanged = true;
                } else {
                    localFieldsChanged = true;
                }
            }
        }
        if (bankFieldsChanged) {
            changed.add(ReviewPart.BANK_ACCOUNT);
        }
        if (localFieldsChanged) {
            changed.add(ReviewPart.LOCAL_ENTITY);
        }
        return changed;
    }

    private static String withoutSpaces(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @Override
    public String toString() {
        return "PayoutAccountDetails[corridor=" + corridor.country() + "/" + corridor.currency()
                + ", bankName=" + bankName + ", bankCode=" + bankCode + ", branchCode=" + branchCode
                + ", accountNumber=****" + accountNumberLast4() + ", beneficiaryName=" + beneficiaryName
                + ", phone=" + phone + ", businessRegistrationNumber=" + businessRegistrationNumber
                + ", agentId=" + agentId + ", documents=" + documents + "]";
    }
}

package dev.paydesk.application.payoutaccount;

import java.util.List;

/**
 * The fields of a payout account as the merchant sends them (API.md). On create every field is read;
 * on edit (PATCH) a null field is left as it was, a blank one is cleared, and {@code documents}, when
 * given, replaces the documents. Values are never refused here: the instant checks report every
 * problem at once, with the catalogue codes.
 */
public record PayoutAccountFields(String country, String currency, String bankName, String bankCode, String branchCode,
                                  String accountNumber, String beneficiaryName, String phone,
                                  String businessRegistrationNumber, String agentId, List<DocumentInput> documents) {

    public PayoutAccountFields {
        documents = documents == null ? null : List.copyOf(documents);
    }

    /** No change at all, to build a PATCH from with the {@code with…} methods. */
    public static PayoutAccountFields none() {
        return new PayoutAccountFields(null, null, null, null, null, null, null, null, null, null, null);
    }

    public PayoutAccountFields withCorridor(String newCountry, String newCurrency) {
        return new PayoutAccountFields(newCountry, newCurrency, bankName, bankCode, branchCode, accountNumber, beneficiaryName, phone,
                businessRegistrationNumber, agentId, documents);
    }

    public PayoutAccountFields withBank(String newBankName, String newBankCode, String newBranchCode) {
        return new PayoutAccountFields(country, currency, newBankName, newBankCode, newBranchCode, accountNumber, beneficiaryName, phone,
                businessRegistrationNumber, agentId, documents);
    }

    public PayoutAccountFields withAccountNumber(String newAccountNumber) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, newAccountNumber, beneficiaryName, phone,
                businessRegistrationNumber, agentId, documents);
    }

    public PayoutAccountFields withBeneficiaryName(String newBeneficiaryName) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, accountNumber, newBeneficiaryName, phone,
                businessRegistrationNumber, agentId, documents);
    }

    public PayoutAccountFields withPhone(String newPhone) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, accountNumber, beneficiaryName, newPhone,
                businessRegistrationNumber, agentId, documents);
    }

    public PayoutAccountFields withBusinessRegistrationNumber(String newNumber) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, accountNumber, beneficiaryName, phone,
                newNumber, agentId, documents);
    }

    public PayoutAccountFields withAgentId(String newAgentId) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, accountNumber, beneficiaryName, phone,
                businessRegistrationNumber, newAgentId, documents);
    }

    public PayoutAccountFields withDocuments(List<DocumentInput> newDocuments) {
        return new PayoutAccountFields(country, currency, bankName, bankCode, branchCode, accountNumber, beneficiaryName, phone,
                businessRegistrationNumber, agentId, newDocuments);
    }

    @Override
    public String toString() {
        String last4 = accountNumber == null ? "null" : "****" + accountNumber.substring(Math.max(0, accountNumber.length() - 4));
        return "PayoutAccountFields[country=" + country + ", currency=" + currency + ", bankName=" + bankName + ", bankCode=" + bankCode
                + ", branchCode=" + branchCode + ", accountNumber=" + last4 + ", beneficiaryName=" + beneficiaryName
                + ", phone=" + phone + ", businessRegistrationNumber=" + businessRegistrationNumber + ", agentId=" + agentId
                + ", documents=" + documents + "]";
    }
}

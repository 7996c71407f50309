package dev.paydesk.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** Builds merchants and users through the real API. */
public final class Fixtures {
    private final TestServer server;

    public Fixtures(TestServer server) {
        this.server = server;
    }

    public record MerchantFixture(String id, String adminUserId, String adminKey) {
    }

    public record UserFixture(String id, String key) {
    }

    public MerchantFixture merchant(String country, String currency) {
        TestServer.Response response = server.post("/v1/merchants", TestServer.OPERATOR_KEY,
                "{\"name\":\"Shop " + UUID.randomUUID() + "\",\"country\":\"" + country + "\",\"default_currency\":\"" + currency
                        + "\",\"admin_email\":\"admin-" + UUID.randomUUID() + "@example.com\"}");
        if (response.status() != 201) {
            throw new AssertionError("creating a merchant: " + response.status() + " " + response.body());
        }
        JsonNode json = response.json();
        return new MerchantFixture(json.path("id").asText(), json.path("admin_user_id").asText(), json.path("admin_api_key").asText());
    }

    public MerchantFixture merchant() {
        return merchant("NG", "NGN");
    }

    /** A merchant whose two KYC sections are completed (payout accounts can only be submitted then). */
    public MerchantFixture verifiedMerchant() {
        MerchantFixture merchant = merchant();
        TestServer.Response response = server.send("PUT", "/v1/merchants/" + merchant.id() + "/kyc", TestServer.OPERATOR_KEY,
                "{\"shop_information\":\"completed\",\"business_information\":\"completed\"}");
        if (response.status() != 200) {
            throw new AssertionError("completing KYC: " + response.status() + " " + response.body());
        }
        return merchant;
    }

    public UserFixture user(MerchantFixture merchant, List<String> roles) {
        StringBuilder roleJson = new StringBuilder();
        for (String role : roles) {
            roleJson.append(roleJson.length() == 0 ? "" : ",").append('"').append(role).append('"');
        }
        TestServer.Response response = server.post("/v1/users", merchant.adminKey(),
                "{\"email\":\"u-" + UUID.randomUUID() + "@example.com\",\"name\":\"Test User\",\"roles\":[" + roleJson + "]}");
        if (response.status() != 201) {
            throw new AssertionError("creating a user: " + response.status() + " " + response.body());
        }
        return new UserFixture(response.json().path("id").asText(), response.json().path("api_key").asText());
    }

    /** An agent registered and approved by the operator in {@code country}; its id. */
    public String approvedAgent(String country) {
        TestServer.Response registered = server.post("/v1/agents", TestServer.OPERATOR_KEY,
                "{\"country\":\"" + country + "\",\"name\":\"Agent " + country + " " + UUID.randomUUID() + "\"}");
        if (registered.status() != 201) {
            throw new AssertionError("registering an agent: " + registered.status() + " " + registered.body());
        }
        String id = registered.json().path("id").asText();
        TestServer.Response approved = server.post("/v1/agents/" + id + "/approve", TestServer.OPERATOR_KEY, "{}");
        if (approved.status() != 200) {
            throw new AssertionError("approving an agent: " + approved.status() + " " + approved.body());
        }
        return id;
    }

    /** The body of a valid Nigerian payout account (First Bank, a published NUBAN example) naming {@code agentId}. */
    public static String nigerianPayoutAccount(String agentId) {
        return "{\"country\":\"NG\",\"currency\":\"NGN\",\"bank_name\":\"First Bank of Nigeria\",\"bank_code\":\"011\","
                + "\"account_number\":\"0000014579\",\"beneficiary_name\":\"Adaeze Okafor Stores Ltd.\",\"phone\":\"+2348031234567\","
                + "\"business_registration_number\":\"RC1234567\",\"agent_id\":\"" + agentId + "\",\"documents\":["
                + "{\"kind\":\"bank_letter\",\"file_name\":\"bank_letter.pdf\"},"
                + "{\"kind\":\"change_of_payment_form\",\"file_name\":\"change-of-payment.pdf\"},"
                + "{\"kind\":\"triparty_agreement\",\"file_name\":\"triparty_agreement_v2.pdf\"}]}";
    }

    /** A draft payout account of {@code merchant} created through the API; its id. */
    public String payoutAccount(MerchantFixture merchant, String body) {
        TestServer.Response response = server.post("/v1/payout_accounts", merchant.adminKey(), body);
        if (response.status() != 201) {
            throw new AssertionError("creating a payout account: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asText();
    }

    public void role(MerchantFixture merchant, String name, String... permissions) {
        StringBuilder json = new StringBuilder();
        for (String permission : permissions) {
            json.append(json.length() == 0 ? "" : ",").append('"').append(permission).append('"');
        }
        TestServer.Response response = server.post("/v1/roles", merchant.adminKey(), "{\"name\":\"" + name + "\",\"permissions\":[" + json + "]}");
        if (response.status() != 201) {
            throw new AssertionError("creating a role: " + response.status() + " " + response.body());
        }
    }

    /** A completed transaction of the merchant, recorded by the operator; returns its id. */
    public String completedTransaction(MerchantFixture merchant, long amount, String currency) {
        TestServer.Response response = server.post("/v1/transactions", TestServer.OPERATOR_KEY, "{\"merchant_id\":\"" + merchant.id()
                + "\",\"reference\":\"order-" + UUID.randomUUID() + "\",\"amount\":" + amount + ",\"currency\":\"" + currency
                + "\",\"status\":\"completed\",\"payment_method\":{\"type\":\"card\",\"brand\":\"visa\",\"last4\":\"4242\"}}");
        if (response.status() != 201) {
            throw new AssertionError("recording a transaction: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asText();
    }

    /** A refund asked for by the holder of {@code key}; returns its id. */
    public String refund(String key, String transactionId, long amount) {
        TestServer.Response response = server.post("/v1/refunds", key, "{\"transaction_id\":\"" + transactionId + "\",\"amount\":" + amount + "}");
        if (response.status() != 201) {
            throw new AssertionError("creating a refund: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asText();
    }

    /** A dispute opened by the operator on a transaction; returns its id. */
    public String dispute(String transactionId, long amount, String source) {
        TestServer.Response response = server.post("/v1/disputes", TestServer.OPERATOR_KEY, "{\"transaction_id\":\"" + transactionId
                + "\",\"amount\":" + amount + ",\"reason\":\"fraudulent\",\"source\":\"" + source + "\"}");
        if (response.status() != 201) {
            throw new AssertionError("opening a dispute: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asText();
    }
}

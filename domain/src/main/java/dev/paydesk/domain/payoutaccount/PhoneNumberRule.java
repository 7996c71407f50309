package dev.paydesk.domain.payoutaccount;

/**
 * Whether a phone number is valid for a country. The domain has no phone-number library; an adapter
 * implements this (with libphonenumber), tests use a simple fake.
 */
@FunctionalInterface
public interface PhoneNumberRule {

    /**
     * @param countryCode ISO 3166 alpha-2 code of the payout account's country, e.g. {@code NG}
     * @param number      the number as the merchant typed it, never null or blank
     */
    boolean isValid(String countryCode, String number);
}

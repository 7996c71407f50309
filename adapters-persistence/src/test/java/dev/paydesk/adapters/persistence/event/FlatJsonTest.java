package dev.paydesk.adapters.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class FlatJsonTest {

    @Test
    void writesStringsNumbersBooleansAndNullsInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", "rfd_1");
        map.put("amount", 150_000L);
        map.put("ok", true);
        map.put("code", null);
        assertThat(FlatJson.write(map)).isEqualTo("{\"id\":\"rfd_1\",\"amount\":150000,\"ok\":true,\"code\":null}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(FlatJson.write(Map.of("t", "a\"b\\c\nd\u0001é"))).isEqualTo("{\"t\":\"a\\\"b\\\\c\\nd\\u0001é\"}");
        assertThat(FlatJson.read("{\"t\":\"a\\\"b\\\\c\\nd\\u0001\\u00e9\\/\"}")).containsEntry("t", "a\"b\\c\nd\u0001é/");
    }

    @Test
    void readsWhitespaceAndNegativeNumbersAsLongs() {
        assertThat(FlatJson.read(" { \"a\" : -12 , \"b\" : false } ")).containsEntry("a", -12L).containsEntry("b", false);
        assertThat(FlatJson.read("{}")).isEmpty();
    }

    @Test
    void refusesAnythingButAFlatObject() {
        for (String bad : new String[] {"[]", "{\"a\":{}}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":01}", "{\"a\":\"x}", "{\"a\":1,}", "{\"a\":1} x",
                "{\"a\":1,\"a\":2}", "{\"a\":99999999999999999999}", "{\"a\":\"\u0001\"}"}) {
            assertThatThrownBy(() -> FlatJson.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> FlatJson.write(Map.of("a", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    @RepeatedTest(50)
    void whatIsWrittenReadsBackEqual() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            String key = randomText(random);
            switch (random.nextInt(4)) {
                case 0 -> map.put(key, randomText(random));
                case 1 -> map.put(key, random.nextLong());
                case 2 -> map.put(key, random.nextBoolean());
                default -> map.put(key, null);
            }
        }
        assertThat(FlatJson.read(FlatJson.write(map))).as("seed %d", seed).isEqualTo(map);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0xD7FF)));
        }
        return text.toString();
    }
}

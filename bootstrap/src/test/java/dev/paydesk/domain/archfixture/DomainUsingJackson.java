package dev.paydesk.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "only the HTTP adapter sees Jackson". Test sources only. */
public class DomainUsingJackson {
    public ObjectMapper mapper = new ObjectMapper();
}

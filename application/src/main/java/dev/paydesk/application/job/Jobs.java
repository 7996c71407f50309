package dev.paydesk.application.job;

import dev.paydesk.domain.shared.DomainException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs this build knows, by name. */
public final class Jobs {
    private final Map<String, Job> byName = new LinkedHashMap<>();

    public Jobs(List<Job> jobs) {
        for (Job job : jobs) {
            if (byName.putIfAbsent(job.name(), job) != null) {
                throw new IllegalArgumentException("two jobs named " + job.name());
            }
        }
    }

    public int run(String name) {
        Job job = byName.get(name);
        if (job == null) {
            throw DomainException.notFound("job '" + name + "' (known: " + String.join(", ", byName.keySet()) + ")");
        }
        return job.run();
    }

    public Collection<Job> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}

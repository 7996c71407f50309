package dev.paydesk.application.testing;

import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.refund.gateway.RefundRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A gateway answering from a script (accepted once the script runs out) and remembering every request. */
public final class ScriptedRefundGateway implements RefundGateway {
    private final Deque<Object> script = new ArrayDeque<>();
    public final List<RefundRequest> requests = new ArrayList<>();

    public ScriptedRefundGateway then(RefundGatewayResponse response) {
        script.add(response);
        return this;
    }

    public ScriptedRefundGateway thenThrow(RuntimeException failure) {
        script.add(failure);
        return this;
    }

    /** Answers what {@code during} returns, after running it: for what happens while the gateway is being called. */
    public ScriptedRefundGateway thenAnswer(Supplier<RefundGatewayResponse> during) {
        script.add(during);
        return this;
    }

    @Override
    public synchronized RefundGatewayResponse submit(RefundRequest request) {
        requests.add(request);
        Object next = script.poll();
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        if (next instanceof Supplier<?> during) {
            return (RefundGatewayResponse) during.get();
        }
        return next == null ? RefundGatewayResponse.accepted() : (RefundGatewayResponse) next;
    }
}

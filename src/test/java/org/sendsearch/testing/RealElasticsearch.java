package org.sendsearch.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;

/**
 * JUnit 5 extension giving tests a real Elasticsearch: one managed node per test run, started on
 * first use on free ports in a temporary folder, shared by every test class that asks for it and
 * stopped when the run ends. Test methods and constructors may take an {@link Engine}, an
 * {@link ElasticsearchClient} or the {@link ManagedNode}.
 *
 * <pre>{@code
 * @ExtendWith(RealElasticsearch.class)
 * class MyTest {
 *     @Test void finds(ElasticsearchClient client) { ... }
 * }
 * }</pre>
 */
public final class RealElasticsearch implements ParameterResolver {
    /** The node and the engine on it, closed by JUnit when the root context closes. */
    record Shared(ManagedNode node, Engine engine) implements AutoCloseable {
        @Override
        public void close() {
            engine.close();
            node.stop();
        }
    }

    /** The run-wide node, starting it if this is the first test to need it. */
    public static Engine engine(ExtensionContext context) {
        return shared(context).engine();
    }

    private static Shared shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(RealElasticsearch.class))
                .getOrComputeIfAbsent(
                        Shared.class,
                        key -> {
                            ManagedNode node = TestNodes.startSingleNode("shared");
                            return new Shared(node, Engine.forNode(node));
                        },
                        Shared.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Engine.class || type == ElasticsearchClient.class || type == ManagedNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = shared(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Engine.class) {
            return shared.engine();
        }
        if (type == ElasticsearchClient.class) {
            return shared.engine().client();
        }
        return shared.node();
    }
}

package bench;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;

/** Bakes a site with stock JBake 2.7.0 (OrientDB, its own renderers): the comparison point of the benchmark. */
public final class StockJBake {
    public static void main(String[] args) throws Exception {
        File source = new File(args[0]);
        File out = new File(args[1]);
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, out, true));
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println(e));
            System.exit(1);
        }
    }
}

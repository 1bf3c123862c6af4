import express, { type Request, type Response, type Router } from 'express';
import { minorDigits } from '../../domain/money.js';
import { outstanding } from '../../domain/invoice.js';
import type { Runtime } from '../../runtime/runtime.js';
import { loadAgingReport } from '../../runtime/reports/load.js';
import { loadDemo } from '../../demo/load.js';
import { customerRow } from './summary.js';
import { importRoute } from './import.js';

/** JSON the dashboard page reads: customers, one case, aging, the clock; and the demo loader. */
export function uiRouter(runtime: Runtime): Router {
  const { store, services } = runtime;
  const { clock, playbook, config } = runtime.opts;
  const r = express.Router();

  r.get('/status', (_req: Request, res: Response) => {
    res.json({ now: clock.now().toISOString(), speed: clock.speed, tz: config.DUEBOT_TZ });
  });

  r.get('/customers', async (_req: Request, res: Response) => {
    const ids = await store.customers.ids();
    const rows = [];
    for (let i = 0; i < ids.length; i += 500) {
      const slice = ids.slice(i, i + 500);
      const [customers, cases] = await Promise.all([store.customers.getMany(slice), store.cases.getMany(slice)]);
      for (const id of slice) {
        const customer = customers.get(id);
        if (!customer) continue;
        rows.push(customerRow(customer, await store.invoices.forCustomer(id), cases.get(id) ?? null, clock.now()));
      }
    }
    res.json(rows);
  });

  r.get('/customers/:id', async (req: Request, res: Response) => {
    const view = await services.customerView(String(req.params.id));
    if (!view) return void res.status(404).json({ error: `no customer ${String(req.params.id)}` });
    res.json({
      ...view,
      row: customerRow(view.customer, view.invoices, view.case, clock.now()),
      invoices: view.invoices.map((i) => ({ ...i, outstanding: outstanding(i), digits: minorDigits(i.currency) })),
    });
  });

  r.get('/aging', async (_req: Request, res: Response) => {
    const report = await loadAgingReport(store, clock.now(), config.DUEBOT_TZ, playbook.aging);
    const digits = Object.fromEntries(Object.keys(report.buckets).map((c) => [c, minorDigits(c)]));
    res.json({ ...report, digits, classes: playbook.aging.map((t) => t.class) });
  });

  r.post('/demo', async (_req: Request, res: Response) => {
    // The sample customers chat on this page; without the local platform their reminders could not be delivered.
    if (!config.DUEBOT_ADAPTERS.includes('local')) return void res.status(409).json({ error: 'the demo customers chat on the local page: add local to DUEBOT_ADAPTERS' });
    const loaded = await loadDemo(runtime);
    res.json({ ...loaded, speed: clock.speed });
  });

  r.use(importRoute(runtime));
  return r;
}

// `npm run seed:demo`: the demo county lives in the app's own database (IndexedDB), which only the running
// app can write; so it is loaded from inside the app, through the ordinary commands.
console.log(`[doorstep] Demo data is loaded from inside the app, so it goes through the same checks as real records:
  1. npm start, set up a station (first run) and log in as its administrator;
  2. 设置 (Settings) → 演示数据 → 载入演示数据（虚构）.
It adds the synthetic county 522626: a village list, 300 job seekers, 5 employers and 6 jobs. No real people.`);

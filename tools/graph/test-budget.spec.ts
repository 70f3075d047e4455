// The unit project's budget (test/unit-setup.ts) is what a test on a real database gets:
// this one outlives Jest's default 5 s, as the migrations test did on a loaded machine.
describe('the time budget of a unit test', () => {
  it('is longer than Jest’s default 5 s', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5_500));
  });
});

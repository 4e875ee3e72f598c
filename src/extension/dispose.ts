import type * as vscode from 'vscode';

/** Owns what it creates and disposes all of it, last first. */
export class Disposable implements vscode.Disposable {
  #owned: vscode.Disposable[] = [];
  #disposed = false;

  protected register<T extends vscode.Disposable>(d: T): T {
    if (this.#disposed) d.dispose();
    else this.#owned.push(d);
    return d;
  }

  get isDisposed(): boolean {
    return this.#disposed;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const d of this.#owned.splice(0).reverse()) {
      try {
        d.dispose();
      } catch {
        // keep disposing the rest
      }
    }
  }
}

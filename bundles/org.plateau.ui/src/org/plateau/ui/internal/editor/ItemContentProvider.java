package org.plateau.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * A JFace tree content provider over the EMF item providers of an adapter factory (what
 * <code>org.eclipse.emf.edit.ui</code>'s AdapterFactoryContentProvider does, which is not available here). The
 * input is an array of root objects.
 */
final class ItemContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Object[] roots ? roots : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		Collection<?> children = provider == null ? null : provider.getChildren(parent);
		return children == null ? new Object[0] : children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object object) {
		return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
	}

	/** Labels from the item providers' {@link IItemLabelProvider#getText}. */
	static final class ItemLabelProvider extends LabelProvider {

		private final AdapterFactory adapterFactory;

		ItemLabelProvider(AdapterFactory adapterFactory) {
			this.adapterFactory = adapterFactory;
		}

		@Override
		public String getText(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}
	}
}
